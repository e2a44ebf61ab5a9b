package io.herald.common.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokensTest {

    @Test
    void wordsCarryTheirSpansAndFoldedForms() {
        assertEquals(List.of(new Token(0, 5, "hyvaa"), new Token(6, 14, "huomenta"), new Token(16, 20, "lodz")),
                Tokens.of("Hyvää huomenta, Łódź!"));
    }

    @Test
    void spansPointAtTheTextAsTypedEvenWithCombiningAccents() {
        String text = "Ta\u0308ma\u0308 on hyva\u0308";
        assertEquals(List.of(new Token(0, 6, "tama"), new Token(7, 9, "on"), new Token(10, 15, "hyva")),
                Tokens.of(text));
    }

    @Test
    void apostrophesHyphensAndHashSignsSeparateWords() {
        assertEquals(List.of("herald", "s", "herald", "sovellus", "employee", "ai"),
                Tokens.of("Herald's Herald-sovellus #employee @AI").stream().map(Token::folded).toList());
    }

    @Test
    void finnishCaseEndingsAfterAColonAreAWordOfTheirOwn() {
        assertEquals(List.of("eu", "n", "bbc", "ssa"),
                Tokens.of("EU:n BBC:ssä").stream().map(Token::folded).toList());
    }

    @Test
    void eachHanOrKanaCharacterIsAWord() {
        assertEquals(List.of(new Token(0, 1, "東"), new Token(1, 2, "京"), new Token(2, 3, "で"), new Token(3, 4, "す"),
                new Token(5, 8, "abc")), Tokens.of("東京です ABC"));
    }

    @Test
    void emojiAndPunctuationAreNoWords() {
        assertEquals(List.of(new Token(3, 7, "kiva")), Tokens.of("🎉 Kiva!!! 👍🏽"));
    }

    @Test
    void astralLettersKeepWholeSurrogatePairs() {
        List<Token> tokens = Tokens.of("a \uD835\uDC00b");
        assertEquals(new Token(2, 5, "\uD835\uDC00b"), tokens.get(1));
    }
}
