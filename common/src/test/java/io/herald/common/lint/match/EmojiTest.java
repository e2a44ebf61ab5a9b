package io.herald.common.lint.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class EmojiTest {

    @Test
    void sequencesCountAsOneEmoji() {
        assertEquals(List.of(new Span(0, 5), new Span(6, 10), new Span(11, 15), new Span(16, 19)),
                Emoji.spans("👩‍💻 🇫🇮 👍🏽 1️⃣"));
    }

    @Test
    void textSymbolsCountOnlyAsEmojiPresentation() {
        assertEquals(List.of(new Span(2, 4)), Emoji.spans("© ©️ ™ 1 #"));
    }

    @Test
    void plainTextHasNone() {
        assertEquals(List.of(), Emoji.spans("Hyvää päivää, Łódź! 100 % #1"));
    }
}
