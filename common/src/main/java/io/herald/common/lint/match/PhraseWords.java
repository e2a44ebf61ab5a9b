package io.herald.common.lint.match;

import io.herald.common.lint.Draft;
import io.herald.common.text.Scratch;
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
    /**
     * Every matcher's lists of phrases that can start at a word, numbered, so that candidates name a list by its
     * number: the candidates of a lint are then numbers only, where references to the lists took two arrays of
     * references per lint as long as the draft has words.
     */
    private final int[][] phraseLists;

    /** Matcher slots, ascending, and for each the number of its list of phrases that can start there. */
    private record Starts(int[] slots, int[] phraseLists) {

        static final Starts NONE = new Starts(new int[0], new int[0]);
        /** The number of the empty list of phrases. */
        static final int NO_PHRASES = 0;

        static <K> Map<K, Starts> of(Map<K, List<Integer>> slots, Map<K, List<Integer>> phraseLists) {
            Map<K, Starts> starts = new HashMap<>();
            for (Map.Entry<K, List<Integer>> entry : slots.entrySet()) {
                starts.put(entry.getKey(), new Starts(ints(entry.getValue()), ints(phraseLists.get(entry.getKey()))));
            }
            return starts;
        }

        private static int[] ints(List<Integer> list) {
            int[] array = new int[list.size()];
            for (int i = 0; i < array.length; i++) {
                array[i] = list.get(i);
            }
            return array;
        }
    }

    private PhraseWords(Map<String, Starts> byFirstWord, Map<Character, Starts> byPrefixChar, int matchers,
            List<int[]> phraseLists) {
        this.byFirstWord = new WordMap<>();
        byFirstWord.forEach(this.byFirstWord::put);
        this.matchers = matchers;
        this.phraseLists = phraseLists.toArray(new int[0][]);
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
        Map<String, List<Integer>> wordPhrases = new HashMap<>();
        Map<Character, List<Integer>> charSlots = new HashMap<>();
        Map<Character, List<Integer>> charPhrases = new HashMap<>();
        List<int[]> phraseLists = new ArrayList<>(List.of(new int[0]));
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
                wordPhrases.computeIfAbsent(word, key -> new ArrayList<>()).add(phraseLists.size());
                phraseLists.add(firstWords.value(k));
            }
            for (Character c : index.prefixChars()) {
                charSlots.computeIfAbsent(c, key -> new ArrayList<>()).add(slot);
                charPhrases.computeIfAbsent(c, key -> new ArrayList<>()).add(phraseLists.size());
                phraseLists.add(index.prefixOf(c));
            }
            attached.add(matcher);
            slot++;
        }
        PhraseWords words = new PhraseWords(Starts.of(wordSlots, wordPhrases), Starts.of(charSlots, charPhrases),
                slot, phraseLists);
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
        Pairs pairs = new Pairs(matchers, 2 * words.size(), draft.scratch());
        for (int i = 0; i < words.size(); i++) {
            Starts whole = byFirstWord.get(words, i, Starts.NONE);
            for (int k = 0; k < whole.slots().length; k++) {
                pairs.add(whole.slots()[k], i, whole.phraseLists()[k], Starts.NO_PHRASES);
            }
            Starts prefixes = prefixStarts(words.foldedCharAt(i, 0));
            for (int k = 0; k < prefixes.slots().length; k++) {
                pairs.add(prefixes.slots()[k], i, Starts.NO_PHRASES, prefixes.phraseLists()[k]);
            }
        }
        return pairs.bySlot(phraseLists);
    }

    private Starts prefixStarts(char first) {
        if (first < 0x80) {
            return asciiPrefixStarts[first];
        }
        int found = Arrays.binarySearch(prefixChars, first);
        return found >= 0 ? prefixStarts[found] : Starts.NONE;
    }

    /**
     * The candidates as found, word by word; a slot met twice at one word (whole and prefix) is one candidate. Numbers
     * only, in one array, grown from large enough: in the browser each primitive array of more than 16 numbers is
     * allocated outside the JavaScript heap, and V8 frees those in a pass of its own after each young collection,
     * on the other core, where it slows the lints that run meanwhile. The array holds, in turn, the counts per slot,
     * the pairs, and finally the candidates grouped by slot ({@link PhraseCandidates} reads them in place).
     */
    private static final class Pairs {
        /** Per pair: slot, word, list of phrases compared whole, list of prefix phrases. */
        private static final int FIELDS = 4;

        private final int slots;
        private final Scratch scratch;
        /** Per slot: the number of candidates, then the index of its last pair plus one; then the pairs. */
        private int[] data;
        private int count;

        /** Room for {@code expected} candidates before growing: each growth is another allocation. */
        Pairs(int slots, int expected, Scratch scratch) {
            this.slots = slots;
            this.scratch = scratch;
            int room = Math.max(8, expected);
            data = scratch.ints(Scratch.Use.PHRASE_CANDIDATES,
                                2 * slots + FIELDS * room + candidatesLength(slots, room));
        }

        /** The length of the candidates grouped by slot: slot starts, then three numbers per candidate. */
        private static int candidatesLength(int slots, int count) {
            return slots + 1 + 3 * count;
        }

        private int pair(int p) {
            return 2 * slots + FIELDS * p;
        }

        void add(int s, int at, int wholeList, int prefixList) {
            int last = data[slots + s] - 1;
            if (last >= 0 && data[pair(last) + 1] == at) {
                data[pair(last) + 3] = prefixList;
                return;
            }
            if (pair(count + 1) + candidatesLength(slots, count + 1) > data.length) {
                data = scratch.keep(Scratch.Use.PHRASE_CANDIDATES, Arrays.copyOf(data, 2 * data.length));
            }
            int p = pair(count);
            data[p] = s;
            data[p + 1] = at;
            data[p + 2] = wholeList;
            data[p + 3] = prefixList;
            data[slots + s] = ++count;
            data[s]++;
        }

        PhraseCandidates bySlot(int[][] phraseLists) {
            // After the pairs: slot starts, then per candidate in slot order its position, its whole list and its
            // prefix list. The counts per slot become cursors while placing, each ending as the next slot's start.
            int base = pair(count);
            data[base] = 0;
            for (int s = 0; s < slots; s++) {
                data[base + s + 1] = data[base + s] + data[s];
            }
            for (int s = 0; s < slots; s++) {
                data[s] = data[base + s];
            }
            for (int p = 0; p < count; p++) {
                int from = pair(p);
                int at = base + slots + 1 + 3 * data[data[from]]++;
                data[at] = data[from + 1];
                data[at + 1] = data[from + 2];
                data[at + 2] = data[from + 3];
            }
            return new PhraseCandidates(data, base, slots, phraseLists);
        }
    }
}
