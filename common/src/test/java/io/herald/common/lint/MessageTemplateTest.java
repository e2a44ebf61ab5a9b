package io.herald.common.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MessageTemplateTest {

    @Test
    void fillsMatchedTextAndNamedPlaceholders() {
        assertEquals("\"Nokialle\" names Nokia (2 of 3)", MessageTemplate.fill("\"%s\" names {word} ({count} of {max})",
                "Nokialle", Map.of("word", "Nokia", "count", "2", "max", "3")));
    }

    @Test
    void leavesBracesThatAreNotPlaceholdersAsText() {
        assertEquals("{ x } {} {a-b} 100%", MessageTemplate.fill("{ x } {} {a-b} 100%", "m", Map.of()));
    }

    @Test
    void listsUnknownNamesOnce() {
        assertEquals(List.of("mx", "cnt"),
                MessageTemplate.unknownNames("{max} {mx} {cnt} {mx} { spaced }", List.of("max")));
    }
}
