package io.herald.common.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.herald.common.lint.Lint;
import io.herald.common.lint.LintRequest;
import io.herald.common.lint.RuleSet;
import io.herald.common.platform.Platform;
import java.util.List;
import org.junit.jupiter.api.Test;

class LengthRuleTest {

    private static final RuleSet RULES = Lint.rules("""
            {"id": "length", "type": "length", "message": "{weighted}/{max}, {over} over",
             "nearMessage": "{weighted}/{max}, {remaining} left", "warnAtPercent": 90}""");

    private static List<String> lint(String text, Platform platform) {
        return Lint.lines(RULES, LintRequest.builder(text, platform).build());
    }

    @Test
    void overTheLimitMarksThePartPastIt() {
        assertEquals(List.of("280-300 length warning: 300/280, 20 over"), lint("a".repeat(300), Platform.X));
        assertEquals(List.of("3000-3001 length warning: 3001/3000, 1 over"), lint("a".repeat(3001), Platform.LINKEDIN));
    }

    @Test
    void xWeighsWideCharactersDouble() {
        // 141 CJK characters weigh 282 on X: over, and the valid part ends after 140 of them
        assertEquals(List.of("140-141 length warning: 282/280, 2 over"), lint("漢".repeat(141), Platform.X));
    }

    @Test
    void nearingTheLimitGivesASuggestionForTheWholeDraft() {
        assertEquals(List.of("252-252 length suggestion: 252/280, 28 left"), lint("a".repeat(252), Platform.X));
        assertEquals(List.of(), lint("a".repeat(251), Platform.X));
        assertEquals(List.of(), lint("a".repeat(252), Platform.LINKEDIN));
    }

    @Test
    void withoutANearMessageOnlyTheLimitCounts() {
        RuleSet rules = Lint.rules("{\"id\": \"l\", \"type\": \"length\", \"message\": \"{over} over\"}");
        assertEquals(List.of(), Lint.lines(rules, LintRequest.builder("a".repeat(279), Platform.X).build()));
        assertEquals(List.of("280-281 l warning: 1 over"),
                Lint.lines(rules, LintRequest.builder("a".repeat(281), Platform.X).build()));
    }

    @Test
    void refusesBadDefinitions() {
        assertEquals("rule \"l\" (index 0): field \"warnAtPercent\" must be between 1 and 100, not 0", Lint.refusal(
                "{\"id\": \"l\", \"type\": \"length\", \"message\": \"m\", \"warnAtPercent\": 0}"));
        assertEquals("rule \"l\" (index 0): field \"nearMessage\" in \"en\" uses unknown placeholder {left}; this"
                + " rule type offers %s, {weighted}, {max}, {remaining}, {over}", Lint.refusal(
                "{\"id\": \"l\", \"type\": \"length\", \"message\": \"m\", \"nearMessage\": \"{left}\"}"));
    }
}
