package io.herald.common.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.herald.common.lint.Lint;
import java.util.List;
import org.junit.jupiter.api.Test;

class RepetitionRuleTest {

    private static final String RULE = """
            {"id": "twice", "type": "repetition", "message": "\\"{word}\\" twice: %s", "ignore": ["ha"]}""";

    @Test
    void marksBothWordsAndOffersToRemoveTheSecond() {
        assertEquals(List.of("4-11 twice warning: \"the\" twice: the The [remove 7-11]"),
                Lint.lines(RULE, "See the The launch"));
    }

    @Test
    void wordsSeparatedByPunctuationAreNotRepeated() {
        assertEquals(List.of(), Lint.lines(RULE, "Bye. Bye, bye! now, now"));
    }

    @Test
    void ignoredWordsMayRepeat() {
        assertEquals(List.of(), Lint.lines(RULE, "Ha ha, that was fun"));
    }

    @Test
    void numbersMayRepeat() {
        assertEquals(List.of(), Lint.lines(RULE, "Scores 10 10"));
    }

    @Test
    void refusesUnknownFields() {
        assertEquals("rule \"r\" (index 0): unknown field \"words\" for type \"repetition\"", Lint.refusal(
                "{\"id\": \"r\", \"type\": \"repetition\", \"message\": \"m\", \"words\": [\"a\"]}"));
    }
}
