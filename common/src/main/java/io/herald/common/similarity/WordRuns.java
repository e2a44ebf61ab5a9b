package io.herald.common.similarity;

import io.herald.common.text.WordList;

/**
 * The runs of {@code run} consecutive words of a text, as a hash set that looks runs up where they stand in another
 * list of words. Comparing runs word by word is the same as comparing them joined with spaces (folded words hold no
 * spaces and are never empty), without building a string per run or per word: under TeaVM each such string is a
 * character buffer copied into a new JavaScript string, and own words compared hundreds of runs per lint.
 */
final class WordRuns {

    private final WordList words;
    private final int run;
    /**
     * Open addressing, two numbers per slot (one array: in the browser each primitive array of more than 16 numbers
     * is allocated outside the JavaScript heap): the start of a run plus one (0 for an empty slot), and its hash.
     */
    private final int[] slots;
    private final int mask;

    WordRuns(WordList words, int run) {
        this.words = words;
        this.run = run;
        int count = Math.max(0, words.size() - run + 1);
        int size = Integer.highestOneBit(Math.max(4, count * 2 - 1)) << 1;
        slots = new int[2 * size];
        mask = size - 1;
        for (int start = 0; start < count; start++) {
            int hash = hash(words, start);
            int slot = hash & mask;
            while (slots[2 * slot] != 0) {
                if (slots[2 * slot + 1] == hash && same(words, start, slots[2 * slot] - 1)) {
                    break;
                }
                slot = (slot + 1) & mask;
            }
            if (slots[2 * slot] == 0) {
                slots[2 * slot] = start + 1;
                slots[2 * slot + 1] = hash;
            }
        }
    }

    /** The words the runs are of. */
    WordList words() {
        return words;
    }

    /** How many words a run has. */
    int run() {
        return run;
    }

    /** Whether the run of {@code other} starting at {@code start} is one of these runs. */
    boolean contains(WordList other, int start) {
        int hash = hash(other, start);
        for (int slot = hash & mask; slots[2 * slot] != 0; slot = (slot + 1) & mask) {
            if (slots[2 * slot + 1] == hash && same(other, start, slots[2 * slot] - 1)) {
                return true;
            }
        }
        return false;
    }

    private boolean same(WordList other, int start, int ownStart) {
        for (int k = 0; k < run; k++) {
            if (!other.sameFold(start + k, words, ownStart + k)) {
                return false;
            }
        }
        return true;
    }

    private int hash(WordList list, int start) {
        int hash = 0;
        for (int k = 0; k < run; k++) {
            hash = hash * 31 + list.hash(start + k);
        }
        return hash ^ (hash >>> 16);
    }
}
