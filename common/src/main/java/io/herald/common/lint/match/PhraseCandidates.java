package io.herald.common.lint.match;

/**
 * Where the phrases of each matcher of a rule set may start in a draft ({@link PhraseWords#candidates}): for matcher
 * slot {@code s}, the word positions {@code positions[starts[s]]} up to {@code positions[starts[s + 1]]}, ascending,
 * each with the matcher's phrases that may start there (compared whole, and by prefix; null for none).
 */
public final class PhraseCandidates {

    private final int[] starts;
    private final int[] positions;
    private final int[][] whole;
    private final int[][] prefix;

    PhraseCandidates(int[] starts, int[] positions, int[][] whole, int[][] prefix) {
        this.starts = starts;
        this.positions = positions;
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
        return positions[k];
    }

    int[] whole(int k) {
        return whole[k];
    }

    int[] prefix(int k) {
        return prefix[k];
    }

    /** How many matcher slots there are. */
    int slots() {
        return starts.length - 1;
    }
}
