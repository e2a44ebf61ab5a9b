package io.herald.common.rank;

import io.herald.common.text.WordList;
import java.util.ArrayList;
import java.util.List;

/**
 * The index terms of a text. Every word that is not a function word gives up to three terms: the folded word itself,
 * its first six letters and its first four letters, each looked up in a dictionary of its own.
 *
 * <p>The prefixes are how ranking copes with inflection without knowing the language: Finnish, Polish and Norwegian
 * add case and plural endings to the stem ("toimisto, toimistossa, toimistoon"; "biuro, biura, biurze"; "kontor,
 * kontoret"), and the forms of a word nearly always share their first four letters and often their first six, while a
 * real stemmer would need the draft's language and one per language. Prefixes also match unrelated words ("market"
 * and "marketing"), so a match on the whole word weighs most, six letters less and four letters least (see
 * {@link Bm25#LEVEL_WEIGHTS}). Numbers match whole only.
 */
final class RankTerms {

    static final int EXACT = 0;
    static final int LONG_PREFIX = 1;
    static final int SHORT_PREFIX = 2;
    static final int LEVELS = 3;

    private static final int LONG_PREFIX_LENGTH = 6;
    private static final int SHORT_PREFIX_LENGTH = 4;
    private static final int SHORTEST_WORD = 2;

    private RankTerms() {
    }

    /** The folded words of {@code text} that ranking uses: no function words, nothing shorter than two letters. */
    static List<String> words(String text) {
        WordList all = WordList.of(text);
        List<String> words = new ArrayList<>(all.size());
        for (int i = 0; i < all.size(); i++) {
            if (all.foldedLength(i) >= SHORTEST_WORD && !Stopwords.contains(all, i)) {
                words.add(all.folded(i));
            }
        }
        return words;
    }

    /**
     * The term of {@code word} at {@code level}: the word itself, or its prefix of six or four letters; null when the
     * word is too short for the prefix or is a number.
     */
    static String term(String word, int level) {
        if (level == EXACT) {
            return word;
        }
        int length = level == LONG_PREFIX ? LONG_PREFIX_LENGTH : SHORT_PREFIX_LENGTH;
        if (word.length() < length || Character.isDigit(word.charAt(0))) {
            return null;
        }
        return prefix(word, length);
    }

    private static String prefix(String word, int length) {
        // Never cut a surrogate pair in two.
        int end = Character.isHighSurrogate(word.charAt(length - 1)) ? length + 1 : length;
        return word.substring(0, Math.min(end, word.length()));
    }
}
