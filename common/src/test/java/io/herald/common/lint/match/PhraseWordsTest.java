package io.herald.common.lint.match;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.herald.common.lint.Draft;
import io.herald.common.lint.LintRequest;
import io.herald.common.platform.Platform;
import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseWordsTest {

    private static Draft draft(String text) {
        return new Draft(LintRequest.builder(text, Platform.X).build());
    }

    @Test
    void oneWalkGivesEachMatcherOnlyTheWordsWhereItsPhrasesCanStart() {
        PhraseMatcher clients = PhraseMatcher.of(List.of("Nokia", "Orlen Lab"), MatchOptions.DEFAULT);
        PhraseMatcher jargon = PhraseMatcher.of(List.of("synergy", "leverage"), MatchOptions.DEFAULT);
        PhraseMatcher cased = PhraseMatcher.of(List.of("NDA"), new MatchOptions(false, true, false));
        PhraseWords words = PhraseWords.of(List.of(clients, jargon, cased));

        int[][] candidates = words.candidates(draft("Nokia and orlen lab leverage synergy at NOKIA"));

        assertEquals(2, candidates.length, "the matchCase matcher keeps its own walk");
        assertArrayEquals(new int[] {0, 2, 7}, candidates[0]);
        assertArrayEquals(new int[] {4, 5}, candidates[1]);
    }

    @Test
    void matchesAreThoseOfTheMatchersOwnWalk() {
        String text = "Nokiaphone, Nokialle ja Orlen Lab: nokia orlen lab";
        PhraseMatcher alone = PhraseMatcher.of(List.of("Nokia", "Orlen Lab", "orlen"), new MatchOptions(true, false,
                false));
        PhraseMatcher shared = PhraseMatcher.of(List.of("Nokia", "Orlen Lab", "orlen"), new MatchOptions(true, false,
                false));
        PhraseWords.of(List.of(shared));

        assertEquals(alone.find(draft(text)), shared.find(draft(text)));
        assertEquals(5, shared.find(draft(text)).size());
    }
}
