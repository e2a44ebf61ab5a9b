package io.herald.common.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LinkedInLengthTest {

    @Test
    void threeThousandCharactersFit() {
        assertEquals(new PostLength(3000, 3000, true, 3000), PostLength.of("a".repeat(3000), Platform.LINKEDIN));
    }

    @Test
    void theCharacterAfterTheLimitIsWhereTheOverflowStarts() {
        assertEquals(new PostLength(3001, 3000, false, 3000), PostLength.of("a".repeat(3001), Platform.LINKEDIN));
    }

    @Test
    void anEmojiOutsideTheBasicPlaneIsOneCharacter() {
        String text = "\uD83D\uDE80".repeat(3000);
        assertEquals(new PostLength(3000, 3000, true, 6000), PostLength.of(text, Platform.LINKEDIN));
    }

    @Test
    void aLetterWithACombiningAccentIsOneCharacter() {
        String text = "a".repeat(2999) + "e\u0301" + "b";
        assertEquals(new PostLength(3001, 3000, false, 3001), PostLength.of(text, Platform.LINKEDIN));
    }

    @Test
    void linksCountAsTheirCharacters() {
        assertEquals(23, PostLength.of("https://herald.fi/a/b/c", Platform.LINKEDIN).weighted());
        assertEquals(23, PostLength.of("https://herald.fi/a/b/c/d/e/f", Platform.X).weighted());
    }
}
