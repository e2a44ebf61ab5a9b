package io.herald.common.lint.regex;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LiteralIndexTest {

    @Test
    void findsEveryOccurrenceOverlappingOnesIncluded() {
        LiteralIndex index = LiteralIndex.of("aaa banana");
        assertArrayEquals(new int[] {0, 1}, index.occurrences("aa"));
        assertArrayEquals(new int[] {5, 7}, index.occurrences("ana"));
        assertArrayEquals(new int[] {}, index.occurrences("nab"));
    }

    /** š (U+0161) shares its group with a (U+0061); a hit in the group must still be the character looked for. */
    @Test
    void tellsApartCharactersThatShareAGroup() {
        LiteralIndex index = LiteralIndex.of("\u0161a a\u0161");
        assertArrayEquals(new int[] {0}, index.occurrences("\u0161a"));
        assertArrayEquals(new int[] {3}, index.occurrences("a\u0161"));
        assertFalse(index.contains("aa"));
    }

    @Test
    void theFoldedIndexFindsFoldedLiteralsWhateverTheCase() {
        LiteralIndex index = LiteralIndex.folded("NDA nda Nda \u212Aelvin ŁÓDŹ");
        assertArrayEquals(new int[] {0, 4, 8}, index.occurrences(RequiredLiteral.foldCase("NDA")));
        assertArrayEquals(new int[] {12}, index.occurrences(RequiredLiteral.foldCase("kelvin")));
        assertTrue(index.contains(RequiredLiteral.foldCase("łódź")));
        assertFalse(LiteralIndex.of("NDA").contains("nda"));
    }
}
