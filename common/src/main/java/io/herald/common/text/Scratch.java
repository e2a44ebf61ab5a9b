package io.herald.common.text;

import java.util.Arrays;

/**
 * Work arrays that one draft's analysis hands on to the next. In the browser every primitive array of more than 16
 * numbers is allocated outside V8's heap, and after each young collection V8 frees the dead ones in a pass of its own
 * on another thread; with a few such arrays per keystroke that pass ran for milliseconds beside the page and slowed
 * the lints meanwhile to two or three times their usual time. The engine in the browser lints one draft at a time and
 * keeps nothing of a draft once its result is written, so it hands one {@code Scratch} from each draft to the next
 * ({@link #recycling()}). Everything else, such as the API's concurrent lints, uses {@link #NONE}, which gives fresh
 * arrays every time: an array handed out by a recycling scratch belongs to the latest draft only.
 */
public final class Scratch {

    /** What an array is for: each use has its own array, so no two structures of one draft share one. */
    public enum Use {
        /** The draft's words ({@link WordList}). */
        WORDS,
        /** The folds of its words that differ from the text as written. */
        FOLDS,
        /** Where phrase rules may match. */
        PHRASE_CANDIDATES,
        /** The draft's characters by value, as written. */
        LITERALS,
        /** The same, case-folded. */
        FOLDED_LITERALS
    }

    /** Allocates every array afresh. */
    public static final Scratch NONE = new Scratch(false);

    private final boolean recycles;
    private final int[][] ints = new int[Use.values().length][];
    private final char[][] chars = new char[Use.values().length][];

    private Scratch(boolean recycles) {
        this.recycles = recycles;
    }

    /**
     * A scratch that hands the arrays of one draft to the next: only for a caller that never keeps a draft, or
     * anything computed from it, past the start of the next one.
     */
    public static Scratch recycling() {
        return new Scratch(true);
    }

    /** An array of at least {@code length} numbers for {@code use}, the first {@code length} of them zero. */
    public int[] ints(Use use, int length) {
        int[] kept = ints[use.ordinal()];
        if (kept != null && kept.length >= length) {
            Arrays.fill(kept, 0, length, 0);
            return kept;
        }
        return keep(use, new int[length]);
    }

    /** An array of at least {@code length} characters for {@code use}, their values unspecified. */
    public char[] chars(Use use, int length) {
        char[] kept = chars[use.ordinal()];
        if (kept != null && kept.length >= length) {
            return kept;
        }
        return keep(use, new char[length]);
    }

    /** Keeps {@code array} (one that {@code use} grew to) for the next draft, and returns it. */
    public int[] keep(Use use, int[] array) {
        if (recycles) {
            ints[use.ordinal()] = array;
        }
        return array;
    }

    /** The same for characters. */
    public char[] keep(Use use, char[] array) {
        if (recycles) {
            chars[use.ordinal()] = array;
        }
        return array;
    }
}
