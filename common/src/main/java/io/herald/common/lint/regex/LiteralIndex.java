package io.herald.common.lint.regex;

import java.util.Arrays;

/**
 * A draft's characters grouped by value, built once per draft, so the literals of all its pattern rules are found
 * by looking at the few offsets where their rarest character occurs. Searching with {@code String.indexOf} instead
 * walks the whole draft once per rule, and under TeaVM that is a character-by-character loop.
 *
 * <p>Either the text as a case-sensitive pattern reads it, or folded as a case-insensitive one compares it ({@link
 * RequiredLiteral#foldCase}); literals looked up must be folded the same way.
 */
public final class LiteralIndex {

    /** Characters are grouped by their low byte; a group may mix characters, so each hit is compared. */
    private static final int GROUPS = 256;
    private static final int[] NONE = {};

    private final char[] chars;
    /** Where each group's offsets begin in {@link #offsets}; group {@code g} ends where {@code g + 1} begins. */
    private final int[] groupStart;
    /** Offsets into {@link #chars}, ascending within each group. */
    private final int[] offsets;

    private LiteralIndex(char[] chars) {
        this.chars = chars;
        groupStart = new int[GROUPS + 1];
        for (char c : chars) {
            groupStart[(c & (GROUPS - 1)) + 1]++;
        }
        for (int g = 0; g < GROUPS; g++) {
            groupStart[g + 1] += groupStart[g];
        }
        offsets = new int[chars.length];
        int[] next = Arrays.copyOf(groupStart, GROUPS);
        for (int i = 0; i < chars.length; i++) {
            offsets[next[chars[i] & (GROUPS - 1)]++] = i;
        }
    }

    /** The text as a case-sensitive pattern reads it. */
    public static LiteralIndex of(String text) {
        char[] chars = new char[text.length()];
        text.getChars(0, chars.length, chars, 0);
        return new LiteralIndex(chars);
    }

    /** The text folded as a case-insensitive pattern compares it, offsets unchanged. */
    public static LiteralIndex folded(String text) {
        char[] chars = new char[text.length()];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = RequiredLiteral.foldCase(text.charAt(i));
        }
        return new LiteralIndex(chars);
    }

    public boolean contains(String literal) {
        return occurrences(literal, true).length > 0;
    }

    /** The offsets (ascending) where {@code literal} occurs, overlapping ones included. */
    public int[] occurrences(String literal) {
        return occurrences(literal, false);
    }

    private int[] occurrences(String literal, boolean firstOnly) {
        int length = literal.length();
        if (length == 0 || length > chars.length) {
            return NONE;
        }
        // Look where the literal's least frequent character (its group, in fact) occurs.
        int pivot = 0;
        for (int j = 1; j < length; j++) {
            if (groupSize(literal.charAt(j)) < groupSize(literal.charAt(pivot))) {
                pivot = j;
            }
        }
        char pivotChar = literal.charAt(pivot);
        int group = pivotChar & (GROUPS - 1);
        int[] found = NONE;
        int count = 0;
        for (int k = groupStart[group]; k < groupStart[group + 1]; k++) {
            int at = offsets[k] - pivot;
            if (chars[offsets[k]] != pivotChar || at < 0 || at + length > chars.length || !matchesAt(literal, at)) {
                continue;
            }
            if (count == found.length) {
                found = Arrays.copyOf(found, Math.max(4, count * 2));
            }
            found[count++] = at;
            if (firstOnly) {
                break;
            }
        }
        return count == found.length ? found : Arrays.copyOf(found, count);
    }

    private int groupSize(char c) {
        int group = c & (GROUPS - 1);
        return groupStart[group + 1] - groupStart[group];
    }

    private boolean matchesAt(String literal, int at) {
        for (int j = 0; j < literal.length(); j++) {
            if (chars[at + j] != literal.charAt(j)) {
                return false;
            }
        }
        return true;
    }
}
