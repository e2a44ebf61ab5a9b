package io.herald.common.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.herald.common.lint.Lint;
import java.util.List;
import org.junit.jupiter.api.Test;

class OccurrenceRuleTest {

    private static String rule(String count, String limits) {
        return "{\"id\": \"many\", \"type\": \"occurrence\", \"message\": \"{count} {min}/{max}: %s\","
                + " \"count\": \"" + count + "\", " + limits + "}";
    }

    @Test
    void marksTheFirstHashtagPastTheMaximum() {
        assertEquals(List.of("12-15 many suggestion: 3 /2: #c3"),
                Lint.lines(rule("hashtags", "\"max\": 2"), "#a1 #b2 x#c #c3 #4 https://e.com/#frag"));
    }

    @Test
    void countsMentionsButNotEmailAddresses() {
        assertEquals(List.of("9-13 many suggestion: 2 /1: @bob"),
                Lint.lines(rule("mentions", "\"max\": 1"), "@alice & @bob, mail me@example.com"));
    }

    @Test
    void countsExclamationMarks() {
        assertEquals(List.of("6-7 many suggestion: 3 /2: ¡"), Lint.lines(rule("exclamations", "\"max\": 2"),
                "Wow!! ¡Yes"));
    }

    @Test
    void countsEmojiSequencesAsOne() {
        // a ZWJ sequence, a flag, a thumbs up with skin tone and a keycap: four emoji, twenty UTF-16 units before ❤️
        assertEquals(List.of("20-22 many suggestion: 5 /4: ❤️"), Lint.lines(rule("emoji", "\"max\": 4"),
                "👩‍💻 🇫🇮 👍🏽 1️⃣ ❤️ © ok"));
    }

    @Test
    void textSymbolsAndDigitsAreNotEmojiUnlessPresentedAsEmoji() {
        assertEquals(List.of("4-6 many suggestion: 2 /1: ©️"), Lint.lines(rule("emoji", "\"max\": 1"),
                "1️⃣ ©️ © 1 # ok"));
    }

    @Test
    void countsLinks() {
        assertEquals(List.of("16-29 many suggestion: 2 /1: https://b.com"), Lint.lines(
                rule("links", "\"max\": 1"), "https://a.com + https://b.com"));
    }

    @Test
    void reportsTooFewAtTheEndOfTheDraft() {
        assertEquals(List.of("5-5 many suggestion: 0 1/: "), Lint.lines(rule("hashtags", "\"min\": 1"), "Hello"));
        assertEquals(List.of(), Lint.lines(rule("hashtags", "\"min\": 1, \"max\": 1"), "Hello #world"));
    }

    @Test
    void refusesBadDefinitions() {
        assertEquals("rule \"many\" (index 0): field \"count\" is \"words\"; use one of hashtags, mentions,"
                + " exclamations, emoji, links", Lint.refusal(rule("words", "\"max\": 1")));
        assertEquals("rule \"many\" (index 0): needs \"min\", \"max\" or both",
                Lint.refusal(rule("emoji", "\"level\": \"warning\"")));
        assertEquals("rule \"many\" (index 0): \"min\" 3 is above \"max\" 1",
                Lint.refusal(rule("emoji", "\"min\": 3, \"max\": 1")));
        assertEquals("rule \"many\" (index 0): field \"max\" must be between 0 and 10000, not -1",
                Lint.refusal(rule("emoji", "\"max\": -1")));
    }
}
