package io.herald.common.similarity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordRunsTest {

    @Test
    void findsARunWhereverItStandsInTheOtherList() {
        WordRuns runs = new WordRuns(List.of("our", "new", "battery", "factory", "opens"), 3);
        assertTrue(runs.contains(List.of("see", "the", "new", "battery", "factory"), 2));
        assertFalse(runs.contains(List.of("see", "the", "new", "battery", "factory"), 1));
        assertFalse(runs.contains(List.of("battery", "factory", "closes"), 0));
    }

    /** "Aa" and "BB" have the same String hash code, so only the comparison of the words tells them apart. */
    @Test
    void runsWithTheSameHashAreStillComparedWordByWord() {
        WordRuns runs = new WordRuns(List.of("Aa", "x", "y", "BBx"), 3);
        assertTrue(runs.contains(List.of("Aa", "x", "y"), 0));
        assertFalse(runs.contains(List.of("BB", "x", "y"), 0));
    }
}
