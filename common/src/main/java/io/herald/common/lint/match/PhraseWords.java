package io.herald.common.lint.match;

import io.herald.common.lint.Draft;
import io.herald.common.text.WordList;
import io.herald.common.text.WordMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The first words of the phrases of every phrase rule of a rule set, built once when the set is loaded, so a lint
 * walks the draft's words once for all those rules (instead of once per rule) and each matcher then looks only at
 * the words where one of its phrases can start. Only matchers that compare folded words take part; the others keep
 * their own walk (see {@link PhraseIndex}).
 */
public final class PhraseWords {

    /** Per first folded word: the matcher slots (ascending) with phrases starting with it compared whole. */
    private final WordMap<Starts> byFirstWord;
    /** First folded characters of one-word prefix phrases, ascending, and what starts with each. */
    private final char[] prefixChars;
    private final Starts[] prefixStarts;
    /** The same for ASCII characters, looked up directly: most words of a post start with one. */
    private final Starts[] asciiPrefixStarts = new Starts[0x80];
    private final int matchers;

    /** Matcher slots, ascending, and for each the indexes of its phrases that can start there. */
    private record Starts(int[] slots, int[][] phrases) {

        static final Starts NONE = new Starts(new int[0], new int[0][]);
        static final int[] NO_PHRASES = {};

        static <K> Map<K, Starts> of(Map<K, List<Integer>> slots, Map<K, List<int[]>> phrases) {
            Map<K, Starts> starts = new HashMap<>();
            for (Map.Entry<K, List<Integer>> entry : slots.entrySet()) {
                List<Integer> list = entry.getValue();
                int[] slotArray = new int[list.size()];
                for (int i = 0; i < slotArray.length; i++) {
                    slotArray[i] = list.get(i);
                }
                starts.put(entry.getKey(), new Starts(slotArray, phrases.get(entry.getKey()).toArray(new int[0][])));
            }
            return starts;
        }
    }

    private PhraseWords(Map<String, Starts> byFirstWord, Map<Character, Starts> byPrefixChar, int matchers) {
        this.byFirstWord = new WordMap<>();
        byFirstWord.forEach(this.byFirstWord::put);
        this.matchers = matchers;
        prefixChars = new char[byPrefixChar.size()];
        int k = 0;
        for (Character c : byPrefixChar.keySet()) {
            prefixChars[k++] = c;
        }
        Arrays.sort(prefixChars);
        prefixStarts = new Starts[prefixChars.length];
        Arrays.fill(asciiPrefixStarts, Starts.NONE);
        for (int i = 0; i < prefixChars.length; i++) {
            prefixStarts[i] = byPrefixChar.get(prefixChars[i]);
            if (prefixChars[i] < 0x80) {
                asciiPrefixStarts[prefixChars[i]] = prefixStarts[i];
            }
        }
    }

    /** Indexes {@code matchers} and attaches each one that compares folded words to the result. */
    public static PhraseWords of(List<PhraseMatcher> matchers) {
        Map<String, List<Integer>> wordSlots = new HashMap<>();
        Map<String, List<int[]>> wordPhrases = new HashMap<>();
        Map<Character, List<Integer>> charSlots = new HashMap<>();
        Map<Character, List<int[]>> charPhrases = new HashMap<>();
        int slot = 0;
        List<PhraseMatcher> attached = new ArrayList<>();
        for (PhraseMatcher matcher : matchers) {
            PhraseIndex index = matcher.index();
            if (!index.comparesFolded()) {
                continue;
            }
            WordMap<int[]> firstWords = index.firstWords();
            for (int k = 0; k < firstWords.size(); k++) {
                String word = firstWords.key(k);
                wordSlots.computeIfAbsent(word, key -> new ArrayList<>()).add(slot);
                wordPhrases.computeIfAbsent(word, key -> new ArrayList<>()).add(firstWords.value(k));
            }
            for (Character c : index.prefixChars()) {
                charSlots.computeIfAbsent(c, key -> new ArrayList<>()).add(slot);
                charPhrases.computeIfAbsent(c, key -> new ArrayList<>()).add(index.prefixOf(c));
            }
            attached.add(matcher);
            slot++;
        }
        PhraseWords words = new PhraseWords(Starts.of(wordSlots, wordPhrases), Starts.of(charSlots, charPhrases),
                slot);
        for (int s = 0; s < attached.size(); s++) {
            attached.get(s).attach(words, s);
        }
        return words;
    }

    /**
     * For each matcher slot, the positions (ascending) of the draft's words where one of its phrases may start, with
     * those phrases, all in one set of arrays: a lint has a few dozen phrase rules, and arrays per rule were a good
     * part of what a lint allocated, as were the matchers' own lookups of the same words.
     */
    public PhraseCandidates candidates(Draft draft) {
        WordList words = draft.words();
        // (slot, word, phrases) in word order, then grouped by slot.
        Pairs pairs = new Pairs(matchers, 2 * words.size());
        for (int i = 0; i < words.size(); i++) {
            Starts whole = byFirstWord.get(words, i, Starts.NONE);
            for (int k = 0; k < whole.slots().length; k++) {
                pairs.add(whole.slots()[k], i, whole.phrases()[k], Starts.NO_PHRASES);
            }
            Starts prefixes = prefixStarts(words.foldedCharAt(i, 0));
            for (int k = 0; k < prefixes.slots().length; k++) {
                pairs.add(prefixes.slots()[k], i, Starts.NO_PHRASES, prefixes.phrases()[k]);
            }
        }
        return pairs.bySlot();
    }

    private Starts prefixStarts(char first) {
        if (first < 0x80) {
            return asciiPrefixStarts[first];
        }
        int found = Arrays.binarySearch(prefixChars, first);
        return found >= 0 ? prefixStarts[found] : Starts.NONE;
    }

    /**
     * The candidates as found, word by word; a slot met twice at one word (whole and prefix) is one candidate. Few
     * primitive arrays, grown from small: in the browser each one of more than 16 numbers is allocated outside the
     * JavaScript heap.
     */
    private static final class Pairs {
        private final int slots;
        /** Per slot: the number of candidates, then the index of its last pair plus one. */
        private final int[] perSlot;
        /** Per pair: slot, word. */
        private int[] pairs;
        private int[][] whole;
        private int[][] prefix;
        private int count;

        /** Room for {@code expected} candidates before growing: each growth is another allocation. */
        Pairs(int slots, int expected) {
            this.slots = slots;
            perSlot = new int[2 * slots];
            int capacity = Math.max(8, expected);
            pairs = new int[2 * capacity];
            whole = new int[capacity][];
            prefix = new int[capacity][];
        }

        void add(int s, int at, int[] wholePhrases, int[] prefixPhrases) {
            int last = perSlot[slots + s] - 1;
            if (last >= 0 && pairs[2 * last + 1] == at) {
                prefix[last] = prefixPhrases;
                return;
            }
            if (count == whole.length) {
                pairs = Arrays.copyOf(pairs, 4 * count);
                whole = Arrays.copyOf(whole, 2 * count);
                prefix = Arrays.copyOf(prefix, 2 * count);
            }
            pairs[2 * count] = s;
            pairs[2 * count + 1] = at;
            whole[count] = wholePhrases;
            prefix[count] = prefixPhrases;
            perSlot[slots + s] = ++count;
            perSlot[s]++;
        }

        PhraseCandidates bySlot() {
            // Slot starts, then (as cursors while placing, ending as the next slot's start) positions.
            int[] starts = new int[slots + 1 + count];
            for (int s = 0; s < slots; s++) {
                starts[s + 1] = starts[s] + perSlot[s];
            }
            int[] next = perSlot;
            System.arraycopy(starts, 0, next, 0, slots);
            int[][] wholeAt = new int[count][];
            int[][] prefixAt = new int[count][];
            for (int p = 0; p < count; p++) {
                int at = next[pairs[2 * p]]++;
                starts[slots + 1 + at] = pairs[2 * p + 1];
                wholeAt[at] = whole[p];
                prefixAt[at] = prefix[p];
            }
            return new PhraseCandidates(starts, slots, wholeAt, prefixAt);
        }
    }
}
