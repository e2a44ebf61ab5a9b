package io.herald.common.text;

import java.util.Arrays;

/**
 * A map from folded words to values that a word of a {@link WordList} looks up where it stands: by its
 * {@link WordList#hash hash}, then compared in place, so a look-up makes no string. Built once (from a rule set, a
 * list of ignored words) and read for every word of every draft. Keys keep the order they were first put in.
 *
 * @param <V> the values
 */
public final class WordMap<V> {

    private String[] keys = new String[4];
    private int[] hashes = new int[4];
    private Object[] values = new Object[4];
    private int size;
    /** Open addressing: per slot the index of an entry plus one, 0 for an empty slot; always at least half empty. */
    private int[] table = new int[8];

    /** Maps {@code folded} (a word's folded form, as {@link WordList#folded} gives it) to {@code value}. */
    public void put(String folded, V value) {
        int hash = WordList.hashOf(folded);
        int mask = table.length - 1;
        int slot = spread(hash) & mask;
        while (table[slot] != 0) {
            int entry = table[slot] - 1;
            if (hashes[entry] == hash && keys[entry].equals(folded)) {
                values[entry] = value;
                return;
            }
            slot = (slot + 1) & mask;
        }
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, 2 * size);
            hashes = Arrays.copyOf(hashes, 2 * size);
            values = Arrays.copyOf(values, 2 * size);
        }
        keys[size] = folded;
        hashes[size] = hash;
        values[size] = value;
        size++;
        table[slot] = size;
        if (2 * size > table.length) {
            rehash(2 * table.length);
        }
    }

    /** The value of the word that folds to {@code folded}, or {@code absent}. */
    public V get(String folded, V absent) {
        int hash = WordList.hashOf(folded);
        int mask = table.length - 1;
        for (int slot = spread(hash) & mask; table[slot] != 0; slot = (slot + 1) & mask) {
            int entry = table[slot] - 1;
            if (hashes[entry] == hash && keys[entry].equals(folded)) {
                return value(entry);
            }
        }
        return absent;
    }

    /** The value of word {@code i} of {@code words}, or {@code absent}. */
    public V get(WordList words, int i, V absent) {
        int entry = find(words, i);
        return entry < 0 ? absent : value(entry);
    }

    /** Whether word {@code i} of {@code words} is a key. */
    public boolean containsKey(WordList words, int i) {
        return find(words, i) >= 0;
    }

    private int find(WordList words, int i) {
        int hash = words.hash(i);
        int mask = table.length - 1;
        for (int slot = spread(hash) & mask; table[slot] != 0; slot = (slot + 1) & mask) {
            int entry = table[slot] - 1;
            if (hashes[entry] == hash && words.foldedEquals(i, keys[entry])) {
                return entry;
            }
        }
        return -1;
    }

    public int size() {
        return size;
    }

    /** The {@code k}-th key, in the order keys were first put. */
    public String key(int k) {
        return keys[k];
    }

    /** The value of the {@code k}-th key. */
    public V value(int k) {
        @SuppressWarnings("unchecked")
        V value = (V) values[k];
        return value;
    }

    private void rehash(int slots) {
        table = new int[slots];
        int mask = slots - 1;
        for (int entry = 0; entry < size; entry++) {
            int slot = spread(hashes[entry]) & mask;
            while (table[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            table[slot] = entry + 1;
        }
    }

    /** The table is indexed by the low bits of a hash; mix the high ones in. */
    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }
}
