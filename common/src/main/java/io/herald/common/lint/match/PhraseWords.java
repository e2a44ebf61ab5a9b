package io.herald.common.lint.match;

import io.herald.common.lint.Draft;
import io.herald.common.text.Token;
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

    /** Matcher slots (ascending) with a phrase whose first word is compared whole, by that folded word. */
    private final Map<String, int[]> byFirstWord;
    /** First folded characters of one-word prefix phrases, ascending, and the matcher slots (ascending) of each. */
    private final char[] prefixChars;
    private final int[][] prefixSlots;
    private final int matchers;

    private PhraseWords(Map<String, int[]> byFirstWord, Map<Character, int[]> byPrefixChar, int matchers) {
        this.byFirstWord = byFirstWord;
        this.matchers = matchers;
        prefixChars = new char[byPrefixChar.size()];
        int k = 0;
        for (Character c : byPrefixChar.keySet()) {
            prefixChars[k++] = c;
        }
        Arrays.sort(prefixChars);
        prefixSlots = new int[prefixChars.length][];
        for (int i = 0; i < prefixChars.length; i++) {
            prefixSlots[i] = byPrefixChar.get(prefixChars[i]);
        }
    }

    /** Indexes {@code matchers} and attaches each one that compares folded words to the result. */
    public static PhraseWords of(List<PhraseMatcher> matchers) {
        Map<String, List<Integer>> byFirstWord = new HashMap<>();
        Map<Character, List<Integer>> byPrefixChar = new HashMap<>();
        int slot = 0;
        List<PhraseMatcher> attached = new ArrayList<>();
        for (PhraseMatcher matcher : matchers) {
            PhraseIndex index = matcher.index();
            if (!index.comparesFolded()) {
                continue;
            }
            for (String word : index.firstWords()) {
                byFirstWord.computeIfAbsent(word, key -> new ArrayList<>()).add(slot);
            }
            for (Character c : index.prefixChars()) {
                byPrefixChar.computeIfAbsent(c, key -> new ArrayList<>()).add(slot);
            }
            attached.add(matcher);
            slot++;
        }
        PhraseWords words = new PhraseWords(PhraseIndex.toArrays(byFirstWord), PhraseIndex.toArrays(byPrefixChar),
                slot);
        for (int s = 0; s < attached.size(); s++) {
            attached.get(s).attach(words, s);
        }
        return words;
    }

    /**
     * For each matcher slot, the positions (ascending) of the draft's words where one of its phrases may start, all
     * in one array: a lint has a few dozen phrase rules, and an array per rule was a good part of what a lint
     * allocated.
     */
    public PhraseCandidates candidates(Draft draft) {
        List<Token> words = draft.words();
        // (slot, word) pairs in word order, then grouped by slot.
        int[] pairSlot = new int[64];
        int[] pairWord = new int[64];
        int pairs = 0;
        int[] perSlot = new int[matchers];
        int[] lastWord = new int[matchers];
        for (int i = 0; i < words.size(); i++) {
            String folded = words.get(i).folded();
            int[] whole = byFirstWord.get(folded);
            int prefix = Arrays.binarySearch(prefixChars, folded.charAt(0));
            for (int pass = 0; pass < 2; pass++) {
                int[] slots = pass == 0 ? whole : prefix >= 0 ? prefixSlots[prefix] : null;
                if (slots == null) {
                    continue;
                }
                for (int s : slots) {
                    if (lastWord[s] == i + 1) {
                        continue;
                    }
                    lastWord[s] = i + 1;
                    perSlot[s]++;
                    if (pairs == pairSlot.length) {
                        pairSlot = Arrays.copyOf(pairSlot, pairs * 2);
                        pairWord = Arrays.copyOf(pairWord, pairs * 2);
                    }
                    pairSlot[pairs] = s;
                    pairWord[pairs++] = i;
                }
            }
        }
        int[] starts = new int[matchers + 1];
        for (int s = 0; s < matchers; s++) {
            starts[s + 1] = starts[s] + perSlot[s];
        }
        int[] next = Arrays.copyOf(starts, matchers);
        int[] positions = new int[pairs];
        for (int p = 0; p < pairs; p++) {
            positions[next[pairSlot[p]]++] = pairWord[p];
        }
        return new PhraseCandidates(starts, positions);
    }
}
