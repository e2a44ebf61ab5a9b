package io.herald.common.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.herald.common.lint.Lint;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExistenceRuleTest {

    private static String rule(String extra) {
        return "{\"id\": \"client\", \"type\": \"existence\", \"message\": \"Keep %s ({word}) confidential\","
                + " \"words\": [\"Nokia\", \"Project Falcon\", \"Łódź\"]" + extra + "}";
    }

    @Test
    void findsWholeWordsIgnoringCaseAndDiacritics() {
        assertEquals(List.of(
                        "4-9 client warning: Keep NOKIA (Nokia) confidential",
                        "30-34 client warning: Keep Lodz (Łódź) confidential"),
                Lint.lines(rule(""), "Met NOKIA, not Nokiaphone, in Lodz."));
    }

    @Test
    void findsPhrasesAcrossSpacesAndHyphensButNotPunctuation() {
        assertEquals(List.of("0-14 client warning: Keep project-falcon (Project Falcon) confidential"),
                Lint.lines(rule(""), "project-falcon launched. Project. Falcon."));
    }

    @Test
    void prefixFindsFinnishAndPolishInflections() {
        assertEquals(List.of(
                        "0-8 client warning: Keep Nokialle (Nokia) confidential",
                        "9-15 client warning: Keep Nokian (Nokia) confidential",
                        "16-21 client warning: Keep Łodzi (Łódź) confidential"),
                Lint.lines(rule(", \"prefix\": true"), "Nokialle Nokian Łodzi"));
        assertEquals(List.of(), Lint.lines(rule(""), "Nokialle Nokian"));
    }

    @Test
    void matchDiacriticsTellsLettersWithAccentsApart() {
        assertEquals(List.of("5-9 client warning: Keep ŁÓDŹ (Łódź) confidential"),
                Lint.lines(rule(", \"matchDiacritics\": true"), "Lodz ŁÓDŹ"));
    }

    @Test
    void matchCaseComparesExactly() {
        assertEquals(List.of("6-11 client warning: Keep Nokia (Nokia) confidential"),
                Lint.lines(rule(", \"matchCase\": true"), "nokia Nokia NOKIA"));
    }

    @Test
    void ignoresWordsInsideLinks() {
        assertEquals(List.of(), Lint.lines(rule(""), "Read https://example.com/nokia-story"));
    }

    @Test
    void spansCountUtf16UnitsAfterEmoji() {
        assertEquals(List.of("3-8 client warning: Keep Nokia (Nokia) confidential"),
                Lint.lines(rule(""), "👍 Nokia"));
    }

    @Test
    void refusesEmptyWordListsAndPhrasesWithoutWords() {
        assertEquals("rule \"r\" (index 0): field \"words\" must not be empty", Lint.refusal(
                "{\"id\": \"r\", \"type\": \"existence\", \"message\": \"m\", \"words\": []}"));
        assertEquals("rule \"r\" (index 0): field \"words\" is missing", Lint.refusal(
                "{\"id\": \"r\", \"type\": \"existence\", \"message\": \"m\"}"));
        assertEquals("rule \"r\" (index 0): field \"words\": \"!!!\" has no word in it", Lint.refusal(
                "{\"id\": \"r\", \"type\": \"existence\", \"message\": \"m\", \"words\": [\"!!!\"]}"));
    }
}
