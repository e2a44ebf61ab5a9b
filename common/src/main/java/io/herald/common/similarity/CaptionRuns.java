package io.herald.common.similarity;

import io.herald.common.text.WordList;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The word runs of approved captions, kept from one draft to the next: an employee shares one item keystroke after
 * keystroke, and its captions are the same texts each time, so finding their links, splitting their words and hashing
 * their runs once is enough. Runs of {@link OwnWords#RUN} words, or of all the caption's words when it has fewer.
 * Bounded: past {@link #MAX_CAPTIONS} captions the memo starts again. Safe to share between threads (the API lints on
 * many): what it holds never changes once made.
 */
final class CaptionRuns {

    static final int MAX_CAPTIONS = 512;

    private static final Map<String, WordRuns> BY_CAPTION = new ConcurrentHashMap<>();

    private CaptionRuns() {
    }

    static WordRuns of(String caption) {
        WordRuns known = BY_CAPTION.get(caption);
        if (known != null) {
            return known;
        }
        if (BY_CAPTION.size() >= MAX_CAPTIONS) {
            BY_CAPTION.clear();
        }
        WordRuns runs = runs(caption);
        BY_CAPTION.put(caption, runs);
        return runs;
    }

    /** The same runs made afresh, without the memo. */
    static WordRuns runs(String caption) {
        WordList words = Words.of(caption, false);
        return new WordRuns(words, Math.min(OwnWords.RUN, words.size()));
    }

    /** How many captions are remembered now. */
    static int size() {
        return BY_CAPTION.size();
    }
}
