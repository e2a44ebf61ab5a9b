package io.herald.common.lint.regex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RegexSafetyTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "\\bguarantee[ds]?\\b",
        "(\\d{3}-){2}\\d{4}",
        "\\b(?:bar|baz)+\\b",
        "(?:ab|cd)*e",
        "[A-Z]{2,}",
        "https?://\\S+",
        "(?<!#)\\bnokia\\b",
        "\\Q1+1\\E",
        "\\w+\\s\\w+",
        "\\p{Lu}{5,}",
        "(?>a+)b",
    })
    void acceptsPatternsThatCannotBacktrackExponentially(String pattern) {
        RegexSafety.compile(pattern, true);
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
        "(a+)+ => repeats \"a+\" inside the repetition \"(a+)+\"",
        "(a*)*b => repeats \"a*\" inside the repetition \"(a*)*\"",
        "(\\w+\\s?)*$ => repeats \"\\w+\" inside the repetition \"(\\w+\\s?)*\"",
        "(a{1,5}){2,3} => repeats \"a{1,5}\" inside the repetition \"(a{1,5}){2,3}\"",
        "(a|a)* => has alternatives \"a\" and \"a\" that can match the same text inside the repetition \"(a|a)*\"",
        "(a|ab)+c => has alternatives \"a\" and \"ab\" that can match the same text inside the repetition \"(a|ab)+\"",
        "(\\w|\\d)+ => has alternatives \"\\w\" and \"\\d\" that can match the same text inside the repetition",
        "(x|X)+ => has alternatives \"x\" and \"X\" that can match the same text inside the repetition \"(x|X)+\"",
        "(b|)*a => has alternatives \"b\" and \"\" that can match the same text inside the repetition \"(b|)*\"",
        "(a)\\1 => uses a backreference \"\\1\"",
        "(?<x>a)\\k<x> => uses a named group at index 0",
        "(?i)nokia => uses an inline flag group \"(?i...\" at index 0",
        "[a-z&&[^x]] => uses a nested class or class intersection",
        "a{2000} => repeats \"a{2000}\" more than 1000 times",
        "a* => can match empty text",
        "(?=x) => can match empty text",
        "\\R => uses the escape \"\\R\" at index 0",
    })
    void refusesPatternsThatCouldBacktrackCatastrophically(String pattern, String reason) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> RegexSafety.compile(pattern, true));
        assertEquals(true, refused.getMessage().startsWith(reason), refused.getMessage());
    }

    @Test
    void alternativesThatDifferOnlyInCaseAreDistinctWhenCaseMatters() {
        RegexSafety.compile("(x|X)+", false);
    }

    @Test
    void refusesInvalidAndOverlongPatterns() {
        assertEquals(true, assertThrows(IllegalArgumentException.class, () -> RegexSafety.compile("(a", true))
                .getMessage().startsWith("is not a valid regular expression: "));
        assertEquals("is longer than 500 characters", assertThrows(IllegalArgumentException.class,
                () -> RegexSafety.compile("a".repeat(501), true)).getMessage());
    }
}
