package io.herald.common.lint.match;

/**
 * Where the phrases of each matcher of a rule set may start in a draft ({@link PhraseWords#candidates}): for matcher
 * slot {@code s}, the word positions {@code position(start(s))} up to {@code position(end(s) - 1)}, ascending,
 * each with the matcher's phrases that may start there (compared whole, and by prefix; empty for none).
 */
public final class PhraseCandidates {

    /** Slot starts ({@code slots + 1} of them), then the positions: one array, not two (see {@link PhraseWords}). */
    private final int[] starts;
    private final int slots;
    private final int[][] whole;
    private final int[][] prefix;

    PhraseCandidates(int[] starts, int slots, int[][] whole, int[][] prefix) {
        this.starts = starts;
        this.slots = slots;
        this.whole = whole;
        this.prefix = prefix;
    }

    int start(int slot) {
        return starts[slot];
    }

    int end(int slot) {
        return starts[slot + 1];
    }

    int position(int k) {
        return starts[slots + 1 + k];
    }

    int[] whole(int k) {
        return whole[k];
    }

    int[] prefix(int k) {
        return prefix[k];
    }

    /** How many matcher slots there are. */
    int slots() {
        return slots;
    }
}
