package io.herald.common.similarity;

import io.herald.common.platform.UrlSpan;
import io.herald.common.text.WordList;
import java.util.List;

/**
 * The share of a draft that is the author's own words rather than an approved caption, from 0.0 (all copied) to 1.0
 * (nothing copied).
 *
 * <p>A word of the draft counts as copied when it is part of a run of three consecutive words (a word 3-gram) that also
 * occurs in the caption, compared folded (case and accents ignored) and with links left out. Runs of three are short
 * enough that a copied caption with a word changed here and there still reads as copied (each change frees one word
 * and breaks only the runs through it), and long enough that the common words any two texts share ("and the", "ja
 * se") do not. With fewer than three words on either side, runs as long as the shorter text are compared.
 *
 * <p>A draft without words (empty, or only links and emoji) has copied nothing, so its share is 1.0; the own-words rule
 * then stays quiet instead of nudging someone who has not started to write.
 */
public final class OwnWords {

    static final int RUN = 3;

    private OwnWords() {
    }

    /** The share of {@code draft} not taken from {@code caption}. */
    public static double share(String draft, String caption) {
        return share(draft, List.of(caption));
    }

    /**
     * The share of {@code draft} taken from none of {@code captions}. A word copied from any caption counts as copied,
     * so the overlap is at least the largest overlap with a single caption, and a draft stitched together from two
     * captions is not mistaken for the author's own.
     */
    public static double share(String draft, List<String> captions) {
        return shareOf(Words.of(draft, false), captions);
    }

    /**
     * The same for a draft already split into {@code words}, leaving out those that start inside its {@code urls}
     * (as a lint's {@code Draft} has them), so a lint that has analysed the draft does not do it again.
     */
    public static double share(WordList words, List<UrlSpan> urls, List<String> captions) {
        return shareOf(Words.of(words, urls, false), captions);
    }

    private static double shareOf(WordList words, List<String> captions) {
        if (words.isEmpty()) {
            return 1.0;
        }
        // One bit per word: a few numbers, where a boolean array would be one per word (in the browser, primitive
        // arrays of more than 16 numbers are allocated outside the JavaScript heap).
        int[] copied = new int[(words.size() + 31) >>> 5];
        for (String caption : captions) {
            markCopied(words, CaptionRuns.of(caption), copied);
        }
        int copiedCount = 0;
        for (int bits : copied) {
            copiedCount += Integer.bitCount(bits);
        }
        return (double) (words.size() - copiedCount) / words.size();
    }

    private static void markCopied(WordList draftWords, WordRuns captionRuns, int[] copied) {
        // A draft shorter than a run is compared whole with the caption's runs of as many words.
        WordRuns runs = captionRuns.run() <= draftWords.size() ? captionRuns
                : new WordRuns(captionRuns.words(), draftWords.size());
        int run = runs.run();
        if (run == 0) {
            return;
        }
        for (int i = 0; i + run <= draftWords.size(); i++) {
            if (runs.contains(draftWords, i)) {
                for (int j = i; j < i + run; j++) {
                    copied[j >>> 5] |= 1 << (j & 31);
                }
            }
        }
    }
}
