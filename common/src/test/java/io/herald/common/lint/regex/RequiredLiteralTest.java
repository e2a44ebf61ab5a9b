package io.herald.common.lint.regex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequiredLiteralTest {

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", emptyValue = "", value = {
        "confidential => confidential",
        "internal only => internal only",
        "\\bguarantee[ds]?\\b => guarantee",
        "https?://\\S+ => http",
        "(?:Nokia)+ 5G => nokia",
        "(?<!#)\\bnokia\\b => nokia",
        "\\Q1+1\\E => 1+1",
        "a\\.b => a.b",
        "(?:bar|baz)+ => ''",
        "x|yz => ''",
        "(?:abc)? => ''",
        "[A-Z]{2,} => ''",
        "ab{2}cd => cd",
        "NDA\\d+ => nda",
    })
    void takesOnlyTheLongestRunEveryMatchContains(String regex, String literal) {
        assertEquals(literal, RequiredLiteral.of(regex, true));
    }

    @Test
    void keepsTheCaseOfACaseSensitivePattern() {
        assertEquals("NDA", RequiredLiteral.of("\\bNDA\\b", false));
    }

    /** The proof that skipping is safe: every match, however its letters are cased, contains the folded literal. */
    @Test
    void everyCaseInsensitiveMatchContainsTheLiteralOnceFolded() {
        List<String> drafts = List.of("KELVIN \u212Aelvin kelvin", "Straße STRASSE stra\u017Fe", "\u0130stanbul istanbul",
                "\u03A3\u03C3\u03C2 sigma", "Nokia NOKIA nOkIa");
        List<String> patterns = List.of("kelvin", "stra\u017Fe", "strasse", "istanbul", "\u03C3", "nokia");
        for (String regex : patterns) {
            String literal = RequiredLiteral.of(regex, true);
            Pattern pattern = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            for (String draft : drafts) {
                Matcher matcher = pattern.matcher(draft);
                while (matcher.find()) {
                    assertTrue(RequiredLiteral.foldCase(matcher.group()).contains(literal),
                            regex + " matched " + matcher.group());
                }
            }
        }
    }
}
