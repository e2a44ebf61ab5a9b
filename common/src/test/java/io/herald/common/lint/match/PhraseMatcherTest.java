package io.herald.common.lint.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.herald.common.lint.Draft;
import io.herald.common.lint.LintRequest;
import io.herald.common.platform.Platform;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which phrase wins where several match at one word. The matcher looks phrases up by their first word (whole-word
 * phrases) or first letter (one-word prefix phrases) in separate buckets, so these cases mix the two.
 */
class PhraseMatcherTest {

    private static List<PhraseMatch> find(String text, List<String> phrases, MatchOptions options) {
        return PhraseMatcher.of(phrases, options).find(new Draft(LintRequest.builder(text, Platform.LINKEDIN).build()));
    }

    @Test
    void aLongerWholeWordPhraseBeatsAOneWordPrefixListedBeforeIt() {
        List<PhraseMatch> found = find("Meet Nokia Networks today", List.of("Nokia", "Nokia Networks"),
                new MatchOptions(true, false, false));
        assertEquals(List.of(new PhraseMatch(5, 19, 1)), found);
    }

    @Test
    void ofEquallyLongPhrasesTheOneListedFirstWins() {
        List<PhraseMatch> found = find("Orlenu", List.of("Orlenu", "Orlen"), new MatchOptions(true, false, false));
        assertEquals(List.of(new PhraseMatch(0, 6, 0)), found);
        found = find("Orlenu", List.of("Orlen", "Orlenu"), new MatchOptions(true, false, false));
        assertEquals(List.of(new PhraseMatch(0, 6, 0)), found);
    }

    @Test
    void foldedComparisonIgnoresCaseAndDiacriticsAndMatchCaseDoesNot() {
        assertEquals(List.of(new PhraseMatch(3, 7, 0)),
                find("Go Łódź", List.of("lodz"), MatchOptions.DEFAULT));
        assertEquals(List.of(), find("Go Łódź", List.of("Lodz"), new MatchOptions(false, true, false)));
        assertEquals(List.of(new PhraseMatch(3, 7, 0)),
                find("Go Łódź", List.of("Łódź"), new MatchOptions(false, true, false)));
    }
}
