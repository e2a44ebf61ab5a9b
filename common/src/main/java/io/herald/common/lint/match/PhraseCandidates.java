package io.herald.common.lint.match;

/**
 * Where the phrases of each matcher of a rule set may start in a draft ({@link PhraseWords#candidates}): for matcher
 * slot {@code s}, the word positions {@code positions[starts[s]]} up to {@code positions[starts[s + 1]]}, ascending.
 */
public final class PhraseCandidates {

    private final int[] starts;
    private final int[] positions;

    PhraseCandidates(int[] starts, int[] positions) {
        this.starts = starts;
        this.positions = positions;
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

    /** How many matcher slots there are. */
    int slots() {
        return starts.length - 1;
    }
}
