package io.herald.common.lint.regex;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class LiteralIndexTest {

    @Test
    void findsEveryOccurrenceOverlappingOnesIncluded() {
        LiteralIndex index = LiteralIndex.of("aaa banana");
        assertArrayEquals(new int[] {0, 1}, occurrences(index, "aa"));
        assertArrayEquals(new int[] {5, 7}, occurrences(index, "ana"));
        assertArrayEquals(new int[] {}, occurrences(index, "nab"));
    }

    /** š (U+0161) shares its group with a (U+0061); a hit in the group must still be the character looked for. */
    @Test
    void tellsApartCharactersThatShareAGroup() {
        LiteralIndex index = LiteralIndex.of("\u0161a a\u0161");
        assertArrayEquals(new int[] {0}, occurrences(index, "\u0161a"));
        assertArrayEquals(new int[] {3}, occurrences(index, "a\u0161"));
        assertFalse(index.contains("aa"));
    }

    @Test
    void theFoldedIndexFindsFoldedLiteralsWhateverTheCase() {
        LiteralIndex index = LiteralIndex.folded("NDA nda Nda \u212Aelvin ŁÓDŹ");
        assertArrayEquals(new int[] {0, 4, 8}, occurrences(index, RequiredLiteral.foldCase("NDA")));
        assertArrayEquals(new int[] {12}, occurrences(index, RequiredLiteral.foldCase("kelvin")));
        assertTrue(index.contains(RequiredLiteral.foldCase("łódź")));
        assertFalse(LiteralIndex.of("NDA").contains("nda"));
    }

    /** Every offset {@code next} walks to, ascending, overlapping occurrences included. */
    private static int[] occurrences(LiteralIndex index, String literal) {
        int[] found = new int[0];
        for (int at = index.next(literal, -1); at >= 0; at = index.next(literal, at)) {
            found = Arrays.copyOf(found, found.length + 1);
            found[found.length - 1] = at;
        }
        return found;
    }
}
