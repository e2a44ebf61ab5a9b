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

    private static final int[] NONE = {};

    /** Matcher slots (ascending) with a phrase whose first word is compared whole, by that folded word. */
    private final Map<String, int[]> byFirstWord;
    /** Matcher slots (ascending) with a one-word prefix phrase, by its first folded character. */
    private final Map<Character, int[]> byPrefixChar;
    private final int matchers;

    private PhraseWords(Map<String, int[]> byFirstWord, Map<Character, int[]> byPrefixChar, int matchers) {
        this.byFirstWord = byFirstWord;
        this.byPrefixChar = byPrefixChar;
        this.matchers = matchers;
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

    /** For each matcher slot, the positions (ascending) of the draft's words where one of its phrases may start. */
    public int[][] candidates(Draft draft) {
        List<Token> words = draft.words();
        int[][] positions = new int[matchers][];
        int[] counts = new int[matchers];
        for (int s = 0; s < matchers; s++) {
            positions[s] = NONE;
        }
        for (int i = 0; i < words.size(); i++) {
            String folded = words.get(i).folded();
            add(positions, counts, byFirstWord.get(folded), i);
            add(positions, counts, byPrefixChar.get(folded.charAt(0)), i);
        }
        for (int s = 0; s < matchers; s++) {
            positions[s] = Arrays.copyOf(positions[s], counts[s]);
        }
        return positions;
    }

    private static void add(int[][] positions, int[] counts, int[] slots, int at) {
        if (slots == null) {
            return;
        }
        for (int s : slots) {
            int count = counts[s];
            if (count > 0 && positions[s][count - 1] == at) {
                continue;
            }
            if (count == positions[s].length) {
                positions[s] = Arrays.copyOf(positions[s], Math.max(4, count * 2));
            }
            positions[s][count] = at;
            counts[s] = count + 1;
        }
    }
}
