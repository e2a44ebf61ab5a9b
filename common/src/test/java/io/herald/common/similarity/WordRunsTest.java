package io.herald.common.similarity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.herald.common.text.WordList;
import org.junit.jupiter.api.Test;

class WordRunsTest {

    @Test
    void findsARunWhereverItStandsInTheOtherList() {
        WordRuns runs = new WordRuns(WordList.of("our new battery factory opens"), 3);
        assertTrue(runs.contains(WordList.of("See the NEW Battery factory"), 2));
        assertFalse(runs.contains(WordList.of("see the new battery factory"), 1));
        assertFalse(runs.contains(WordList.of("battery factory closes"), 0));
    }

    /** "an" and "c0" fold to words with the same hash, so only the comparison of the words tells them apart. */
    @Test
    void runsWithTheSameHashAreStillComparedWordByWord() {
        WordRuns runs = new WordRuns(WordList.of("an x y c0x"), 3);
        assertTrue(runs.contains(WordList.of("AN X Y"), 0));
        assertFalse(runs.contains(WordList.of("c0 x y"), 0));
    }
}
