package io.herald.common.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.herald.common.lint.Lint;
import java.util.List;
import org.junit.jupiter.api.Test;

class PatternRuleTest {

    private static String rule(String pattern, String extra) {
        return "{\"id\": \"promise\", \"type\": \"pattern\", \"message\": \"Careful with %s\", \"pattern\": \""
                + pattern + "\"" + extra + "}";
    }

    @Test
    void eachMatchIsAFinding() {
        assertEquals(List.of(
                        "3-13 promise warning: Careful with Guaranteed",
                        "18-27 promise warning: Careful with guarantee"),
                Lint.lines(rule("\\\\bguarantee[ds]?\\\\b", ""), "🎉 Guaranteed and guarantee!"));
    }

    @Test
    void ignoreCaseCanBeTurnedOff() {
        assertEquals(List.of("15-24 promise warning: Careful with guarantee"),
                Lint.lines(rule("guarantee", ", \"ignoreCase\": false"), "Guaranteed and guarantee"));
    }

    @Test
    void ignoreCaseCoversLettersBeyondAscii() {
        assertEquals(List.of("0-4 promise warning: Careful with ŁÓDŹ"),
                Lint.lines(rule("łódź", ""), "ŁÓDŹ"));
    }

    /** Patterns are tried only where a match can start; what comes before that offset still counts. */
    @Test
    void lookbehindsAndWordBoundariesSeeTheTextBeforeTheMatch() {
        assertEquals(List.of("8-13 promise warning: Careful with nokia"),
                Lint.lines(rule("(?<!#)\\\\bnokia\\\\b", ""), "#nokia, nokia, nokiafone"));
    }

    @Test
    void aCaretMatchesOnlyAtTheStartOfTheDraft() {
        assertEquals(List.of("0-3 promise warning: Careful with Our"),
                Lint.lines(rule("^our", ""), "Our team, our office"));
    }

    @Test
    void aRunawayMatchGivesNoFindingsInsteadOfFreezing() {
        // polynomial, so the load-time check lets it through; the read budget stops it on a long draft
        String slow = rule("\\\\w*\\\\w*\\\\w*\\\\w*\\\\w*!", "");
        assertEquals(List.of("0-4 promise warning: Careful with abc!"), Lint.lines(slow, "abc!"));
        assertEquals(List.of(), Lint.lines(slow, "a".repeat(3000)));
    }

    @Test
    void refusesInvalidAndUnsafePatterns() {
        assertTrue(Lint.refusal(rule("[a-", "")).startsWith(
                "rule \"promise\" (index 0): pattern is not a valid regular expression:"));
        assertEquals("rule \"promise\" (index 0): pattern repeats \"a+\" inside the repetition \"(a+)+\", which"
                + " can take exponential time; rewrite it without the nested repetition", Lint.refusal(rule("(a+)+", "")));
        assertEquals("rule \"promise\" (index 0): pattern uses a backreference \"\\1\", which can take exponential"
                + " time", Lint.refusal(rule("(a)\\\\1", "")));
        assertEquals("rule \"promise\" (index 0): field \"pattern\" is missing", Lint.refusal(
                "{\"id\": \"promise\", \"type\": \"pattern\", \"message\": \"m\"}"));
    }
}
