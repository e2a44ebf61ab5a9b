package io.herald.common.similarity;

import io.herald.common.text.WordList;
import java.util.Arrays;

/**
 * A near-duplicate fingerprint of a post (a MinHash signature), so the API can tell how many employees posted
 * essentially the same text (the copy-paste rate an admin sees) while keeping 64 hexadecimal digits instead of the
 * text.
 *
 * <p>The post's folded words, without links and @mentions, are cut into overlapping runs of three (word 3-grams). For
 * each of {@value #SLOTS} hash functions the fingerprint keeps the lowest hash over all runs, one byte of it per slot.
 * Two posts agree on a slot with the probability that a run picked at random from both is in both (their Jaccard
 * similarity), so the number of differing slots estimates how different they are: editing one word of a 40-word post
 * changes about three of its 38 runs and a handful of slots, while unrelated posts differ in nearly all
 * {@value #SLOTS}. Posts are counted as the same when at most {@value #NEAR_DUPLICATE_DISTANCE} slots differ, that is
 * when they share about half of their runs or more.
 *
 * <p>A 64-bit SimHash was tried first: over the 30 to 60 runs of a social post its bits are too noisy to keep a
 * one-word edit and an unrelated post apart reliably. The hashes use 32-bit integer arithmetic only, which the JVM and
 * TeaVM's JavaScript compute alike.
 */
public final class Fingerprint {

    /** Number of one-byte slots in a fingerprint. */
    public static final int SLOTS = 32;
    /** The most slots in which two fingerprints of the same post, lightly edited, differ. */
    public static final int NEAR_DUPLICATE_DISTANCE = 16;

    private static final int RUN = 3;
    private static final int FNV_OFFSET = 0x811c9dc5;
    private static final int FNV_PRIME = 0x01000193;
    private static final int SLOT_SEED = 0x9e3779b9;
    private static final String HEX_DIGITS = "0123456789abcdef";

    private Fingerprint() {
    }

    /**
     * The fingerprint of {@code text}: {@value #SLOTS} bytes as 64 lower-case hexadecimal digits; all zeros for a text
     * without words.
     */
    public static String of(String text) {
        WordList words = Words.of(text, true);
        int run = Math.min(RUN, words.size());
        int[] lowest = new int[SLOTS];
        Arrays.fill(lowest, Integer.MAX_VALUE);
        boolean any = false;
        for (int i = 0; run > 0 && i + run <= words.size(); i++) {
            int hash = fnv(words, i, run);
            for (int slot = 0; slot < SLOTS; slot++) {
                int slotHash = mix(hash ^ SLOT_SEED * (slot + 1));
                if (slotHash < lowest[slot]) {
                    lowest[slot] = slotHash;
                }
            }
            any = true;
        }
        StringBuilder fingerprint = new StringBuilder(2 * SLOTS);
        for (int slot = 0; slot < SLOTS; slot++) {
            int value = any ? lowest[slot] & 0xFF : 0;
            fingerprint.append(HEX_DIGITS.charAt(value >>> 4)).append(HEX_DIGITS.charAt(value & 0xF));
        }
        return fingerprint.toString();
    }

    /** The number of slots in which two fingerprints differ, from 0 (same post) to {@value #SLOTS}. */
    public static int distance(String a, String b) {
        check(a);
        check(b);
        int differing = 0;
        for (int i = 0; i < 2 * SLOTS; i += 2) {
            if (!a.regionMatches(true, i, b, i, 2)) {
                differing++;
            }
        }
        return differing;
    }

    /** Whether two fingerprints are of essentially the same post. */
    public static boolean nearDuplicate(String a, String b) {
        return distance(a, b) <= NEAR_DUPLICATE_DISTANCE;
    }

    /** FNV-1a of the {@code count} folded words from {@code start} joined with spaces (folded words hold none). */
    private static int fnv(WordList words, int start, int count) {
        int hash = FNV_OFFSET;
        for (int i = start; i < start + count; i++) {
            if (i > start) {
                hash ^= ' ';
                hash *= FNV_PRIME;
            }
            for (int k = 0; k < words.foldedLength(i); k++) {
                hash ^= words.foldedCharAt(i, k);
                hash *= FNV_PRIME;
            }
        }
        return hash;
    }

    /** MurmurHash3's 32-bit finaliser: spreads each input bit over the whole hash. */
    private static int mix(int hash) {
        hash ^= hash >>> 16;
        hash *= 0x85ebca6b;
        hash ^= hash >>> 13;
        hash *= 0xc2b2ae35;
        hash ^= hash >>> 16;
        return hash;
    }

    private static void check(String fingerprint) {
        if (fingerprint.length() != 2 * SLOTS) {
            throw new IllegalArgumentException(
                    "a fingerprint has " + 2 * SLOTS + " hexadecimal digits: " + fingerprint);
        }
        for (int i = 0; i < fingerprint.length(); i++) {
            if (HEX_DIGITS.indexOf(Character.toLowerCase(fingerprint.charAt(i))) < 0) {
                throw new IllegalArgumentException("not a hexadecimal fingerprint: " + fingerprint);
            }
        }
    }
}
