package io.herald.common.lint.match;

/**
 * Where the phrases of each matcher of a rule set may start in a draft ({@link PhraseWords#candidates}): for matcher
 * slot {@code s}, the candidates {@code start(s)} up to {@code end(s) - 1}, each a word position (ascending) with the
 * matcher's phrases that may start there (compared whole, and by prefix; empty for none).
 */
public final class PhraseCandidates {

    /**
     * From {@code base} on: slot starts ({@code slots + 1} of them), then per candidate its position and the numbers
     * of its two lists of phrases in {@link #phraseLists}. The array is the one {@link PhraseWords} gathered the
     * candidates in (one array per lint, see there), so what lies before {@code base} is not read here.
     */
    private final int[] candidates;
    private final int base;
    private final int slots;
    private final int[][] phraseLists;

    PhraseCandidates(int[] candidates, int base, int slots, int[][] phraseLists) {
        this.candidates = candidates;
        this.base = base;
        this.slots = slots;
        this.phraseLists = phraseLists;
    }

    int start(int slot) {
        return candidates[base + slot];
    }

    int end(int slot) {
        return candidates[base + slot + 1];
    }

    int position(int k) {
        return candidates[base + slots + 1 + 3 * k];
    }

    int[] whole(int k) {
        return phraseLists[candidates[base + slots + 2 + 3 * k]];
    }

    int[] prefix(int k) {
        return phraseLists[candidates[base + slots + 3 + 3 * k]];
    }

    /** How many matcher slots there are. */
    int slots() {
        return slots;
    }
}
