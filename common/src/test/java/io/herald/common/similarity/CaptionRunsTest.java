package io.herald.common.similarity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.herald.common.text.WordList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaptionRunsTest {

    private static final String CAPTION = "Our new battery factory in Vaasa opens today, bringing 300 jobs to the region.";

    @Test
    void aCaptionIsSplitOnceAndRemembered() {
        assertSame(CaptionRuns.of(CAPTION), CaptionRuns.of(CAPTION));
    }

    @Test
    void theMemoIsBounded() {
        for (int i = 0; i < CaptionRuns.MAX_CAPTIONS + 50; i++) {
            CaptionRuns.of("Caption number " + i + " about the factory");
            assertTrue(CaptionRuns.size() <= CaptionRuns.MAX_CAPTIONS);
        }
    }

    /** Short drafts compare shorter runs; the remembered runs of three words stay as they were for the next draft. */
    @Test
    void draftsOfAnyLengthAgainstARememberedCaptionMeasureAsAgainstAFreshOne() {
        List<String> drafts = List.of("Vaasa", "battery factory", "So proud: our new battery factory in Vaasa opens",
                                      "factory", CAPTION, "Vaasa opens", "");
        for (int round = 0; round < 2; round++) {
            for (String draft : drafts) {
                WordList words = Words.of(draft, false);
                double remembered = OwnWords.share(draft, CAPTION);
                double fresh = words.isEmpty() ? 1.0 : freshShare(words);
                assertEquals(fresh, remembered, draft);
            }
        }
    }

    /** The share computed the way it was before the memo: runs of min(3, draft, caption) words, made per draft. */
    private static double freshShare(WordList draft) {
        WordList caption = CaptionRuns.runs(CAPTION).words();
        int run = Math.min(3, Math.min(draft.size(), caption.size()));
        WordRuns runs = new WordRuns(caption, run);
        boolean[] copied = new boolean[draft.size()];
        for (int i = 0; i + run <= draft.size(); i++) {
            if (runs.contains(draft, i)) {
                for (int j = i; j < i + run; j++) {
                    copied[j] = true;
                }
            }
        }
        int count = 0;
        for (boolean c : copied) {
            count += c ? 1 : 0;
        }
        return (double) (draft.size() - count) / draft.size();
    }
}
