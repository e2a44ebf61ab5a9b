package io.herald.common.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordListTest {

    /** Each word as "start-end folded", the way the tokenizer's tests read best. */
    private static List<String> spans(WordList words) {
        List<String> spans = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            spans.add(words.start(i) + "-" + words.end(i) + " " + words.folded(i));
        }
        return spans;
    }

    private static List<String> folded(String text) {
        WordList words = WordList.of(text);
        List<String> folded = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            folded.add(words.folded(i));
        }
        return folded;
    }

    @Test
    void wordsCarryTheirSpansAndFoldedForms() {
        assertEquals(List.of("0-5 hyvaa", "6-14 huomenta", "16-20 lodz"),
                spans(WordList.of("Hyvää huomenta, Łódź!")));
    }

    @Test
    void spansPointAtTheTextAsTypedEvenWithCombiningAccents() {
        assertEquals(List.of("0-6 tama", "7-9 on", "10-15 hyva"),
                spans(WordList.of("Ta\u0308ma\u0308 on hyva\u0308")));
    }

    @Test
    void apostrophesHyphensAndHashSignsSeparateWords() {
        assertEquals(List.of("herald", "s", "herald", "sovellus", "employee", "ai"),
                folded("Herald's Herald-sovellus #employee @AI"));
    }

    @Test
    void finnishCaseEndingsAfterAColonAreAWordOfTheirOwn() {
        assertEquals(List.of("eu", "n", "bbc", "ssa"), folded("EU:n BBC:ssä"));
    }

    @Test
    void eachHanOrKanaCharacterIsAWord() {
        assertEquals(List.of("0-1 東", "1-2 京", "2-3 で", "3-4 す", "5-8 abc"), spans(WordList.of("東京です ABC")));
    }

    @Test
    void emojiAndPunctuationAreNoWords() {
        assertEquals(List.of("3-7 kiva"), spans(WordList.of("🎉 Kiva!!! 👍🏽")));
    }

    @Test
    void astralLettersKeepWholeSurrogatePairs() {
        WordList words = WordList.of("a \uD835\uDC00b");
        assertEquals("2-5 \uD835\uDC00b", spans(words).get(1));
        assertEquals(3, words.foldedLength(1));
        assertTrue(words.foldedEquals(1, "\uD835\uDC00b"));
        assertEquals('\uDC00', words.foldedCharAt(1, 1));
    }

    @Test
    void aFoldMayBeLongerThanTheWordAsWritten() {
        WordList words = WordList.of("Straße ﬁne");
        assertEquals("straße", words.raw(0).toLowerCase());
        assertEquals(7, words.foldedLength(0));
        assertTrue(words.foldedEquals(0, "strasse"));
        assertTrue(words.foldedEquals(1, "fine"));
        assertEquals(3, words.end(1) - words.start(1));
    }

    /** Words in lower case without accents keep no fold of their own; the others do; both answer alike. */
    @Test
    void wordsThatFoldToThemselvesAndWordsThatDoNotCompareAlike() {
        WordList words = WordList.of("nokia Nokia NOKIA Nokialle nokian");
        for (int i = 0; i < 3; i++) {
            assertEquals("nokia", words.folded(i));
            assertTrue(words.foldedEquals(i, "nokia"));
            assertFalse(words.foldedEquals(i, "noki"));
            assertFalse(words.foldedEquals(i, "nokias"));
            assertTrue(words.foldedStartsWith(i, "nok"));
            assertFalse(words.foldedStartsWith(i, "nokiaa"));
            assertEquals('k', words.foldedCharAt(i, 2));
        }
        assertTrue(words.foldedStartsWith(3, "nokia"));
        assertTrue(words.foldedStartsWith(4, "nokia"));
        assertFalse(words.foldedEquals(3, "nokia"));
        assertEquals("NOKIA", words.raw(2));
    }

    @Test
    void hashesAreThoseOfTheFoldedForms() {
        WordList words = WordList.of("Äänestä aanesta ÄÄNESTÄ A\u0308a\u0308nesta\u0308 Łódź 東 \uD835\uDC00b Straße");
        for (int i = 0; i < words.size(); i++) {
            assertEquals(WordList.hashOf(words.folded(i)), words.hash(i), words.raw(i));
        }
        for (int i = 1; i < 4; i++) {
            assertEquals(words.hash(0), words.hash(i));
            assertTrue(words.sameFold(0, words, i));
        }
        assertNotEquals(words.hash(0), words.hash(4));
        assertFalse(words.sameFold(0, words, 4));
    }

    @Test
    void wordsOfTwoTextsCompareByTheirFolds() {
        WordList draft = WordList.of("Tervetuloa ŁÓDŹ");
        WordList caption = WordList.of("lodz TERVETULOA tervetuloaa");
        assertTrue(draft.sameFold(0, caption, 1));
        assertTrue(draft.sameFold(1, caption, 0));
        assertFalse(draft.sameFold(0, caption, 2));
        assertFalse(caption.sameFold(2, draft, 0));
    }

    /** "an" and "c0" hash alike, so only the comparison of the words tells them apart. */
    @Test
    void wordsWithTheSameHashAreStillComparedCharacterByCharacter() {
        WordList words = WordList.of("an C0");
        assertEquals(words.hash(0), words.hash(1));
        assertFalse(words.sameFold(0, words, 1));
        assertFalse(words.foldedEquals(1, "an"));
    }

    @Test
    void wordsStartingInsideSkippedSpansAreLeftOutAndTheOthersSplitAsBefore() {
        String text = "Katso https://herald.fi/Nokia-5G ja Nokiaa, x.com/y";
        int link = text.indexOf("https");
        int second = text.indexOf("x.com");
        WordList words = WordList.of(text, new int[] {link, text.indexOf(" ja"), second, text.length()});
        assertEquals(List.of("0-5 katso", "33-35 ja", "36-42 nokiaa"), spans(words));
        assertEquals(WordList.of("Katso").hash(0), words.hash(0));
    }

    @Test
    void aWordThatStartsBeforeASkippedSpanIsKept() {
        String text = "äexample.com";
        WordList words = WordList.of(text, new int[] {1, text.length()});
        assertEquals(List.of("0-8 aexample"), spans(words));
    }

    @Test
    void selectedWordsKeepTheirSpansAndFolds() {
        WordList words = WordList.of("Hyvää @Huomenta Łódź");
        WordList selected = words.select(new int[] {0, 2}, 2);
        assertEquals(List.of("0-5 hyvaa", "16-20 lodz"), spans(selected));
        assertTrue(selected.sameFold(1, words, 2));
        assertEquals(words.hash(2), selected.hash(1));
    }

    @Test
    void aTextWithoutWordsHasNone() {
        assertTrue(WordList.of("").isEmpty());
        assertTrue(WordList.of(" !!! 🎉 -- ").isEmpty());
    }

    @Test
    void longTextsGrowTheirArrays() {
        String text = "a ".repeat(400) + "Ä".repeat(500);
        WordList words = WordList.of(text);
        assertEquals(401, words.size());
        assertEquals("a".repeat(500), words.folded(400));
        assertEquals(WordList.hashOf("a".repeat(500)), words.hash(400));
    }
}
