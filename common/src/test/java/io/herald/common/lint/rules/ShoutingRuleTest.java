package io.herald.common.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.herald.common.lint.Lint;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShoutingRuleTest {

    private static final String RULE = """
            {"id": "loud", "type": "shouting", "message": "%s: {percent} % > {max} %", "maxPercent": 20}""";

    @Test
    void marksEachShoutingWordWhenTheyAreTooMany() {
        assertEquals(List.of(
                        "0-7 loud suggestion: AMAZING: 40 % > 20 % [replace 0-7 \"Amazing\"]",
                        "8-14 loud suggestion: RESULT: 40 % > 20 % [replace 8-14 \"result\"]"),
                Lint.lines(RULE, "AMAZING RESULT from our team"));
    }

    @Test
    void shortCapitalWordsAreAcronyms() {
        assertEquals(List.of(), Lint.lines(RULE, "Our CEO met NASA and the EU"));
    }

    @Test
    void aFewCapitalWordsAmongManyAreFine() {
        assertEquals(List.of(), Lint.lines(RULE, "This is a really GREAT day for all of our customers"));
    }

    @Test
    void acronymLengthIsConfigurable() {
        assertEquals(List.of("4-7 loud suggestion: CEO: 33 % > 20 % [replace 4-7 \"ceo\"]"), Lint.lines(
                "{\"id\": \"loud\", \"type\": \"shouting\", \"message\": \"%s: {percent} % > {max} %\","
                        + " \"maxPercent\": 20, \"acronymLength\": 2}", "Our CEO said"));
    }

    @Test
    void refusesPercentOutOfRange() {
        assertEquals("rule \"loud\" (index 0): field \"maxPercent\" must be between 0 and 100, not 120",
                Lint.refusal("{\"id\": \"loud\", \"type\": \"shouting\", \"message\": \"m\", \"maxPercent\": 120}"));
    }
}
