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

        PhraseCandidates candidates = words.candidates(draft("Nokia and orlen lab leverage synergy at NOKIA"));

        assertEquals(2, candidates.slots(), "the matchCase matcher keeps its own walk");
        assertArrayEquals(new int[] {0, 2, 7}, positions(candidates, 0));
        assertArrayEquals(new int[] {4, 5}, positions(candidates, 1));
    }

    /** A word that starts a whole phrase and a prefix phrase of one matcher is one candidate, not two. */
    @Test
    void aWordIsACandidateOnceWhateverStartsThere() {
        PhraseMatcher names = PhraseMatcher.of(List.of("nokia", "nokia lab"), new MatchOptions(true, false, false));
        PhraseCandidates candidates = PhraseWords.of(List.of(names)).candidates(draft("nokia lab, nokialle"));
        assertArrayEquals(new int[] {0, 2}, positions(candidates, 0));
    }

    private static int[] positions(PhraseCandidates candidates, int slot) {
        int[] positions = new int[candidates.end(slot) - candidates.start(slot)];
        for (int k = 0; k < positions.length; k++) {
            positions[k] = candidates.position(candidates.start(slot) + k);
        }
        return positions;
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
