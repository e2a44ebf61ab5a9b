package io.herald.common.lint.regex;

import io.herald.common.text.Scratch;

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

    /** The text as written. */
    private final String text;
    /** Whether the text is searched folded; its folded characters then follow the offsets in {@link #index}. */
    private final boolean folded;
    /**
     * One array (in the browser each primitive array of more than 16 numbers is a separate allocation outside the
     * JavaScript heap, which V8 frees in a pass of its own after each young collection): where each group's offsets
     * begin ({@code GROUPS + 1} entries, group {@code g} ends where {@code g + 1} begins), then the offsets,
     * ascending within each group, then, when folded, the text's folded characters.
     */
    private final int[] index;

    private LiteralIndex(String text, boolean folded, Scratch scratch) {
        this.text = text;
        this.folded = folded;
        int length = text.length();
        index = scratch.ints(folded ? Scratch.Use.FOLDED_LITERALS : Scratch.Use.LITERALS,
                             GROUPS + 1 + (folded ? 2 * length : length));
        if (folded) {
            for (int i = 0; i < length; i++) {
                index[GROUPS + 1 + length + i] = RequiredLiteral.foldCase(text.charAt(i));
            }
        }
        for (int i = 0; i < length; i++) {
            index[(charAt(i) & (GROUPS - 1)) + 1]++;
        }
        for (int g = 0; g < GROUPS; g++) {
            index[g + 1] += index[g];
        }
        // Each group's start serves as its cursor while the offsets are placed, ending as the next group's start.
        for (int i = 0; i < length; i++) {
            index[GROUPS + 1 + index[charAt(i) & (GROUPS - 1)]++] = i;
        }
        for (int g = GROUPS; g > 0; g--) {
            index[g] = index[g - 1];
        }
        index[0] = 0;
    }

    /** The text as a case-sensitive pattern reads it. */
    public static LiteralIndex of(String text) {
        return of(text, Scratch.NONE);
    }

    /** The same, in an array from {@code scratch} (see there for when it may be handed on). */
    public static LiteralIndex of(String text, Scratch scratch) {
        return new LiteralIndex(text, false, scratch);
    }

    /** The text folded as a case-insensitive pattern compares it, offsets unchanged. */
    public static LiteralIndex folded(String text) {
        return folded(text, Scratch.NONE);
    }

    /** The same, in an array from {@code scratch}. */
    public static LiteralIndex folded(String text, Scratch scratch) {
        return new LiteralIndex(text, true, scratch);
    }

    public boolean contains(String literal) {
        return next(literal, -1) >= 0;
    }

    /**
     * The first offset after {@code after} where {@code literal} occurs, or -1. Walks the offsets of the literal's
     * least frequent character (its group, in fact).
     */
    public int next(String literal, int after) {
        int length = literal.length();
        if (length == 0 || length > text.length()) {
            return -1;
        }
        int pivot = 0;
        for (int j = 1; j < length; j++) {
            if (groupSize(literal.charAt(j)) < groupSize(literal.charAt(pivot))) {
                pivot = j;
            }
        }
        char pivotChar = literal.charAt(pivot);
        int group = pivotChar & (GROUPS - 1);
        int from = index[group];
        int to = index[group + 1];
        // The first offset in the group that can start after {@code after}: offsets are ascending.
        int low = from;
        int high = to;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (index[GROUPS + 1 + middle] - pivot <= after) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        for (int k = low; k < to; k++) {
            int offset = index[GROUPS + 1 + k];
            int at = offset - pivot;
            if (charAt(offset) == pivotChar && at >= 0 && at + length <= text.length() && matchesAt(literal, at)) {
                return at;
            }
        }
        return -1;
    }

    private char charAt(int i) {
        return folded ? (char) index[GROUPS + 1 + text.length() + i] : text.charAt(i);
    }

    private int groupSize(char c) {
        int group = c & (GROUPS - 1);
        return index[group + 1] - index[group];
    }

    private boolean matchesAt(String literal, int at) {
        for (int j = 0; j < literal.length(); j++) {
            if (charAt(at + j) != literal.charAt(j)) {
                return false;
            }
        }
        return true;
    }
}
