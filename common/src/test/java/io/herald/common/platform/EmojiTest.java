package io.herald.common.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EmojiTest {

    /** Below U+203C only keycaps, and © and ® with the emoji variation selector, start an emoji. */
    @Test
    void belowTheFirstEmojiOnlyKeycapsAndSignsStartOne() {
        for (char c = 0; c < 0x203C; c++) {
            String name = "U+" + Integer.toHexString(c);
            boolean keycap = c == '#' || c == '*' || c >= '0' && c <= '9';
            boolean sign = c == 0xA9 || c == 0xAE;
            assertEquals(keycap ? 3 : sign ? 2 : 0, Emoji.lengthAt(c + "\uFE0F\u20E3", 0), name);
            assertEquals(sign ? 2 : 0, Emoji.lengthAt(c + "\uFE0F", 0), name);
            assertEquals(0, Emoji.lengthAt(c + "x", 0), name);
        }
        assertEquals(2, Emoji.lengthAt("\u203C\uFE0F", 0));
        assertEquals(2, Emoji.lengthAt("🎉 ", 0));
    }
}
