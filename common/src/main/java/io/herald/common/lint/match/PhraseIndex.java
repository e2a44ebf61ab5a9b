package io.herald.common.lint.match;

import io.herald.common.text.WordList;
import io.herald.common.text.WordMap;
import java.util.Arrays;
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
    private final WordMap<int[]> byFirstWord;
    /** One-word phrases matched as prefixes, by their first folded character; any word they start must share it. */
    private final Map<Character, int[]> prefixesByFirstChar;
    /** Every phrase, when the phrases are not compared folded. */
    private final int[] all;

    private PhraseIndex(WordMap<int[]> byFirstWord, Map<Character, int[]> prefixesByFirstChar, int[] all) {
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
            return new PhraseIndex(new WordMap<>(), Map.of(), all);
        }
        WordMap<int[]> exact = new WordMap<>();
        Map<Character, int[]> prefixes = new HashMap<>();
        for (int p = 0; p < firstWords.size(); p++) {
            String first = firstWords.get(p);
            if (options.prefix() && sizes.get(p) == 1) {
                prefixes.put(first.charAt(0), append(prefixes.getOrDefault(first.charAt(0), NONE), p));
            } else {
                exact.put(first, append(exact.get(first, NONE), p));
            }
        }
        return new PhraseIndex(exact, prefixes, NONE);
    }

    private static int[] append(int[] phrases, int phrase) {
        int[] longer = Arrays.copyOf(phrases, phrases.length + 1);
        longer[phrases.length] = phrase;
        return longer;
    }

    /** The phrases (indexes, ascending) whose first word is compared whole and may be word {@code i}. */
    int[] wholeFirstWord(WordList words, int i) {
        if (all.length > 0) {
            return all;
        }
        return byFirstWord.get(words, i, NONE);
    }

    /** The one-word prefix phrases (indexes, ascending) whose first folded character is {@code first}. */
    int[] prefixOf(char first) {
        if (prefixesByFirstChar.isEmpty()) {
            return NONE;
        }
        int[] found = prefixesByFirstChar.get(first);
        return found == null ? NONE : found;
    }

    /** Whether phrases are looked up by folded word (the default options), so {@link PhraseWords} can index them. */
    boolean comparesFolded() {
        return all.length == 0;
    }

    /** The phrases' first folded words compared whole, each with its phrases as {@link #wholeFirstWord} gives. */
    WordMap<int[]> firstWords() {
        return byFirstWord;
    }

    Set<Character> prefixChars() {
        return prefixesByFirstChar.keySet();
    }
}
