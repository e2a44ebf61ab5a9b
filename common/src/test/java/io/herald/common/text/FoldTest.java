package io.herald.common.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FoldTest {

    @Test
    void finnishLettersFoldToTheirBase() {
        assertEquals("aanesta aina ahkerasti", Fold.of("ÄÄNESTÄ aina Ahkerasti"));
        assertEquals("oljy ja saa", Fold.of("Öljy ja sää"));
        assertEquals("ahvenanmaa aland", Fold.of("Ahvenanmaa Åland"));
    }

    @Test
    void norwegianLettersFoldToTheirBase() {
        assertEquals("orsta og aere blabaer", Fold.of("Ørsta og Ære blåbær"));
    }

    @Test
    void polishLettersFoldToTheirBaseIncludingTheStrokedL() {
        assertEquals("zazolc gesla jazn", Fold.of("Zażółć gęślą jaźń"));
        assertEquals("lodz lodz", Fold.of("Łódź ŁÓDŹ"));
    }

    @Test
    void lettersWithAStrokeFoldToTheirOwnBase() {
        // The hand-made table had Ⱥ (A with stroke) fold to c; the generated one reads every stroke off its letter.
        assertEquals("a c d e h l o t", Fold.of("Ⱥ Ȼ Đ Ɇ Ħ Ł Ø Ŧ"));
    }

    @Test
    void combiningAccentsAreDroppedLikePrecomposedOnes() {
        assertEquals(Fold.of("Tromsø päivä café"), Fold.of("Tromsø pa\u0308iva\u0308 cafe\u0301"));
    }

    @Test
    void ligaturesSharpSAndFullWidthLettersAreSpelledOut() {
        assertEquals("strasse office herald 2024",
                Fold.of("Straße o\uFB03ce \uFF28\uFF25\uFF32\uFF21\uFF2C\uFF24 \uFF12\uFF10\uFF12\uFF14"));
    }

    @Test
    void greekAndCyrillicAreLowerCasedWithoutAccents() {
        // Final sigma folds to sigma, so a word matches in capitals as in lower case.
        assertEquals("αθηνα σοφοσ σοφοσ", Fold.of("Αθήνα ΣΟΦΟΣ σοφός"));
        assertEquals("москва елка", Fold.of("МОСКВА Ёлка"));
    }

    @Test
    void everythingElseIsKept() {
        assertEquals("123 #tag @name 😀 東京", Fold.of("123 #Tag @Name 😀 東京"));
    }
}
