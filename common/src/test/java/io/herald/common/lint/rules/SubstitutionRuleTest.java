package io.herald.common.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.herald.common.lint.Lint;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubstitutionRuleTest {

    private static final String RULE = """
            {"id": "plain", "type": "substitution", "message": "Try \\"{replacement}\\" for \\"%s\\"",
             "swap": {"utilize": "use", "in order to": "to"}}""";

    @Test
    void offersTheReplacementKeepingASentencesCapital() {
        assertEquals(List.of(
                        "0-7 plain suggestion: Try \"Use\" for \"Utilize\" [replace 0-7 \"Use\"]",
                        "14-25 plain suggestion: Try \"to\" for \"in order to\" [replace 14-25 \"to\"]"),
                Lint.lines(RULE, "Utilize tools in order to ship."));
    }

    @Test
    void leavesOtherWordsAlone() {
        assertEquals(List.of(), Lint.lines(RULE, "We use tools to ship; utilized is fine."));
    }

    @Test
    void refusesMissingOrEmptySwap() {
        assertEquals("rule \"s\" (index 0): field \"swap\" is missing", Lint.refusal(
                "{\"id\": \"s\", \"type\": \"substitution\", \"message\": \"m\"}"));
        assertEquals("rule \"s\" (index 0): field \"swap\" must not be empty", Lint.refusal(
                "{\"id\": \"s\", \"type\": \"substitution\", \"message\": \"m\", \"swap\": {}}"));
        assertEquals("rule \"s\" (index 0): field \"swap\" entry \"a\" must be a non-empty string", Lint.refusal(
                "{\"id\": \"s\", \"type\": \"substitution\", \"message\": \"m\", \"swap\": {\"a\": \"\"}}"));
    }
}
