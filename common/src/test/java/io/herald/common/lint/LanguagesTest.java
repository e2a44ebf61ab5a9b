package io.herald.common.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LanguagesTest {

    @Test
    void resolvesTagsToSupportedLanguages() {
        assertEquals("fi", Languages.resolve("fi-FI"));
        assertEquals("pl", Languages.resolve("PL_pl"));
        assertEquals("nb", Languages.resolve("nb-NO"));
        assertEquals("nb", Languages.resolve("no"));
        assertEquals("nb", Languages.resolve("nn"));
        assertEquals("en", Languages.resolve("de"));
        assertEquals("en", Languages.resolve(""));
        assertEquals("en", Languages.resolve(null));
    }

    @Test
    void textFallsBackToEnglish() {
        LocalizedText text = LocalizedText.of(Map.of("en", "Hello", "fi", "Hei"));
        assertEquals("Hei", text.in("fi"));
        assertEquals("Hello", text.in("pl"));
        assertEquals("Hello", text.in("nb"));
        assertEquals("Hello", text.in("sv"));
    }
}
