package io.herald.common.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FindingsTest {

    private static Finding finding(String rule, int start, int end, String message, List<Suggestion> fixes) {
        return new Finding(rule, Level.WARNING, start, end, "x".repeat(end - start), message, fixes,
                Optional.empty(), Optional.empty());
    }

    @Test
    void rendersOneLinePerFindingWithSuggestions() {
        String rendered = Findings.render(List.of(
                finding("swap", 3, 10, "Say \"use\"", List.of(new Suggestion.Replace(3, 10, "use"))),
                finding("twice", 11, 18, "Twice\nover", List.of(new Suggestion.Remove(14, 18),
                        new Suggestion.Insert(18, " \"#ad\"")))));
        assertEquals("3-10 swap warning: Say \"use\" [replace 3-10 \"use\"]\n"
                + "11-18 twice warning: Twice\\nover [remove 14-18; insert 18 \" \\\"#ad\\\"\"]\n", rendered);
    }

    @Test
    void rendersNothingForNoFindings() {
        assertEquals("", Findings.render(List.of()));
    }

    @Test
    void sortsByStartEndRuleAndMessage() {
        List<Finding> sorted = Findings.sorted(List.of(
                finding("b", 5, 9, "m", List.of()),
                finding("a", 5, 9, "z", List.of()),
                finding("a", 5, 9, "m", List.of()),
                finding("c", 5, 7, "m", List.of()),
                finding("d", 0, 12, "m", List.of())));
        assertEquals(List.of("d0", "c5", "a5m", "a5z", "b5"), sorted.stream()
                .map(f -> f.ruleId() + (f.ruleId().equals("a") ? f.start() + f.message() : f.start()))
                .toList());
    }
}
