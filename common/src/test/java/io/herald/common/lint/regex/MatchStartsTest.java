package io.herald.common.lint.regex;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MatchStartsTest {

    private static final List<String> DRAFTS = List.of(
            "Call +358 40 123 4567 on 2026-11-24 about AB-1234 and the Q3 results.",
            "KELVIN \u212Aelvin kelvin, Straße STRASSE stra\u017Fe, \u0130stanbul ISTANBUL \u0131stanbul",
            "#energy energy battery-energy, Energy! #Energy_team nokia NOKIA Nokialle",
            "\uD835\uDCB3\uD835\uDCB4 x 𝒳-1 a\u0301bc ÅNGSTRÖM \u212Bngström łódź ŁÓDŹ σ Σ ς",
            "line one\nline two\n  indented\tTAB  end ");

    private static final List<String> PATTERNS = List.of(
            "\\+?\\d{3} \\d{2} \\d{3} \\d{4}", "\\d{4}-\\d{2}-\\d{2}", "[A-Z]{2}-\\d{4}", "q[1-4] (results|numbers)",
            "kelvin", "stra\u017Fe", "straße", "istanbul", "ångström", "łódź", "σ", "(?<!#)\\benergy\\b",
            "energy(?=!)", "^\\w+", "\\w+$", "\\bnok\\w*", "(?:bar|baz)+|kelvin", ".x", ".{2}-\\d", "[^a-z ]{3}",
            "\\Q𝒳\\E", "𝒳-\\d", "\\s{2,}", "(?:new )?line", "\\x41\\u0042", "[\\p{L}&&[^a]]?x|TAB", "\\p{Lu}{3}",
            "a\u0301", "#\\w+", "(e)(n)ergy");

    /** Every offset where the JDK's own search finds a match, for the pattern and its case-sensitive variant. */
    @Test
    void keepsEveryOffsetWhereASearchFindsAMatch() {
        for (String regex : PATTERNS) {
            for (boolean ignoreCase : new boolean[] {true, false}) {
                Pattern pattern;
                try {
                    pattern = RegexSafety.compile(regex, ignoreCase);
                } catch (IllegalArgumentException refused) {
                    continue;
                }
                MatchStarts starts = MatchStarts.of(regex, ignoreCase).orElseThrow();
                for (String draft : DRAFTS) {
                    LiteralIndex index = ignoreCase ? LiteralIndex.folded(draft) : LiteralIndex.of(draft);
                    int[] kept = starts.in(draft, index);
                    Matcher matcher = pattern.matcher(draft);
                    for (int from = 0; from < draft.length() && matcher.find(from); from = matcher.start() + 1) {
                        int start = matcher.start();
                        assertTrue(Arrays.binarySearch(kept, start) >= 0, regex + " (ignoreCase " + ignoreCase
                                + ") matches at " + start + " of \"" + draft + "\" but " + Arrays.toString(kept));
                    }
                }
            }
        }
    }

    @Test
    void narrowsToTheOffsetsBeforeALiteralAtAKnownDistance() {
        String draft = "AB-1234 xy-9 cd-5678";
        MatchStarts starts = MatchStarts.of("[A-Z]{2}-\\d{4}", true).orElseThrow();
        assertArrayEquals(new int[] {0, 8, 13}, starts.in(draft, LiteralIndex.folded(draft)));
    }

    @Test
    void narrowsToTheCharactersAMatchCanStartWith() {
        String draft = "on 2026-11-24, +358 40";
        assertArrayEquals(new int[] {3, 4, 5, 6, 8, 9, 11, 12, 16, 17, 18, 20, 21},
                MatchStarts.of("\\d+", true).orElseThrow().in(draft, LiteralIndex.folded(draft)));
        assertArrayEquals(new int[] {11, 15, 16},
                MatchStarts.of("\\+?\\d{3} \\d{2}", true).orElseThrow().in(draft, LiteralIndex.folded(draft)));
    }

    @Test
    void letsTheNonAsciiCharactersThatFoldToIsOrKThrough() {
        String draft = "\u212Aelvin \u017Fign \u0130dea";
        for (String regex : List.of("kelvin", "sign", "idea")) {
            int[] kept = MatchStarts.of(regex, true).orElseThrow().in(draft, LiteralIndex.folded(draft));
            assertEquals(1, kept.length, regex + ": " + Arrays.toString(kept));
        }
    }

    @Test
    void aPatternThatDependsOnThePreviousMatchIsTriedEverywhere() {
        assertTrue(MatchStarts.of("\\Gour", true).isEmpty());
    }

    /** The only characters whose case mappings land in ASCII are İ, ı, ſ and the Kelvin sign, on i, I, S and k. */
    @Test
    void onlyIsAndKHaveNonAsciiCasePartners() {
        List<Integer> partners = new ArrayList<>();
        for (int c = 0x80; c <= Character.MAX_CODE_POINT; c++) {
            int[] mapped = {Character.toUpperCase(c), Character.toLowerCase(c),
                Character.toLowerCase(Character.toUpperCase(c)), Character.toUpperCase(Character.toLowerCase(c))};
            for (int m : mapped) {
                if (m < 0x80) {
                    assertTrue("iIsSkK".indexOf(m) >= 0, Integer.toHexString(c) + " maps to " + (char) m);
                    partners.add(c);
                    break;
                }
            }
            for (int m : mapped) {
                assertEquals(c > Character.MAX_VALUE, m > Character.MAX_VALUE, Integer.toHexString(c)
                        + " case-maps across the BMP boundary");
            }
        }
        assertEquals(List.of(0x130, 0x131, 0x17F, 0x212A), partners);
    }
}
