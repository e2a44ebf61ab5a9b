package io.herald.common.lint.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The phrases of one matcher by the word they can start at, so that a draft word is compared only with the few
 * phrases that can start there instead of with every phrase (a rule set has dozens of phrase rules, a long draft
 * hundreds of words, and this comparison was most of a lint's time).
 *
 * <p>Only for phrases compared folded (the default). With {@code matchCase} or {@code matchDiacritics} every phrase
 * is a candidate at every word, as before: the folded form is not a safe filter for {@code String.toLowerCase}, whose
 * context rules (Greek final sigma) fold differently.
 */
final class PhraseIndex {

    private static final int[] NONE = {};

    /** Phrases whose first word must equal the draft word, by that folded word. */
    private final Map<String, int[]> byFirstWord;
    /** One-word phrases matched as prefixes, by their first folded character; any word they start must share it. */
    private final Map<Character, int[]> prefixesByFirstChar;
    /** Every phrase, when the phrases are not compared folded. */
    private final int[] all;

    private PhraseIndex(Map<String, int[]> byFirstWord, Map<Character, int[]> prefixesByFirstChar, int[] all) {
        this.byFirstWord = byFirstWord;
        this.prefixesByFirstChar = prefixesByFirstChar;
        this.all = all;
    }

    /** {@code firstWords} are the phrases' first folded words, {@code sizes} their numbers of words, in order. */
    static PhraseIndex of(List<String> firstWords, List<Integer> sizes, MatchOptions options) {
        if (options.matchCase() || options.matchDiacritics()) {
            int[] all = new int[firstWords.size()];
            for (int p = 0; p < all.length; p++) {
                all[p] = p;
            }
            return new PhraseIndex(Map.of(), Map.of(), all);
        }
        Map<String, List<Integer>> exact = new HashMap<>();
        Map<Character, List<Integer>> prefixes = new HashMap<>();
        for (int p = 0; p < firstWords.size(); p++) {
            String first = firstWords.get(p);
            if (options.prefix() && sizes.get(p) == 1) {
                prefixes.computeIfAbsent(first.charAt(0), key -> new ArrayList<>()).add(p);
            } else {
                exact.computeIfAbsent(first, key -> new ArrayList<>()).add(p);
            }
        }
        return new PhraseIndex(toArrays(exact), toArrays(prefixes), NONE);
    }

    /** The phrases (indexes, ascending) whose first word is compared whole and may be {@code folded}. */
    int[] wholeFirstWord(String folded) {
        if (all.length > 0) {
            return all;
        }
        int[] found = byFirstWord.get(folded);
        return found == null ? NONE : found;
    }

    /** The one-word prefix phrases (indexes, ascending) that may start {@code folded}. */
    int[] prefixOf(String folded) {
        return prefixOf(folded.charAt(0));
    }

    /** The one-word prefix phrases (indexes, ascending) whose first folded character is {@code first}. */
    int[] prefixOf(char first) {
        int[] found = prefixesByFirstChar.get(first);
        return found == null ? NONE : found;
    }

    /** Whether phrases are looked up by folded word (the default options), so {@link PhraseWords} can index them. */
    boolean comparesFolded() {
        return all.length == 0;
    }

    Set<String> firstWords() {
        return byFirstWord.keySet();
    }

    Set<Character> prefixChars() {
        return prefixesByFirstChar.keySet();
    }

    static <K> Map<K, int[]> toArrays(Map<K, List<Integer>> lists) {
        Map<K, int[]> arrays = new HashMap<>();
        for (Map.Entry<K, List<Integer>> entry : lists.entrySet()) {
            List<Integer> list = entry.getValue();
            int[] array = new int[list.size()];
            for (int i = 0; i < array.length; i++) {
                array[i] = list.get(i);
            }
            arrays.put(entry.getKey(), array);
        }
        return arrays;
    }
}
