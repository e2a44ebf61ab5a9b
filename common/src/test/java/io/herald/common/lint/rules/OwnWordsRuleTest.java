package io.herald.common.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.herald.common.lint.Lint;
import io.herald.common.lint.LintRequest;
import io.herald.common.lint.RuleSet;
import io.herald.common.lint.SharedItem;
import io.herald.common.platform.Platform;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OwnWordsRuleTest {

    private static final String CAPTION = "Acme opens a new office in Helsinki to serve customers across the Nordics.";
    private static final RuleSet RULES = Lint.rules("""
            {"id": "own", "type": "own-words", "message": "{percent} % own, aim for {min} %"}""");

    private static List<String> lint(String text, List<String> captions) {
        return Lint.lines(RULES, LintRequest.builder(text, Platform.LINKEDIN)
                .item(new SharedItem(Optional.empty(), captions, Optional.empty())).build());
    }

    @Test
    void nudgesWhenTheDraftIsTheCaption() {
        assertEquals(List.of("74-74 own suggestion: 0 % own, aim for 30 %"), lint(CAPTION, List.of(CAPTION)));
    }

    @Test
    void aDraftInOwnWordsPasses() {
        assertEquals(List.of(), lint("So proud of my colleagues who made our Nordic expansion happen this year!",
                List.of(CAPTION)));
    }

    @Test
    void saysNothingWithoutCaptionsOrWords() {
        assertEquals(List.of(), lint(CAPTION, List.of()));
        assertEquals(List.of(), Lint.lines(RULES, LintRequest.builder(CAPTION, Platform.X).build()));
        assertEquals(List.of(), lint("🎉 !!", List.of(CAPTION)));
    }

    @Test
    void thresholdIsConfigurable() {
        RuleSet strict = Lint.rules("{\"id\": \"own\", \"type\": \"own-words\", \"message\": \"{percent}\","
                + " \"minPercent\": 0}");
        assertEquals(List.of(), Lint.lines(strict, LintRequest.builder(CAPTION, Platform.X)
                .item(new SharedItem(Optional.empty(), List.of(CAPTION), Optional.empty())).build()));
    }

    @Test
    void refusesPercentOutOfRange() {
        assertEquals("rule \"own\" (index 0): field \"minPercent\" must be between 0 and 100, not 101",
                Lint.refusal("{\"id\": \"own\", \"type\": \"own-words\", \"message\": \"m\", \"minPercent\": 101}"));
    }
}
