package io.herald.common.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonValue;
import com.eclipsesource.json.ParseException;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** minimal-json is the reference: the quick reader gives its values, or leaves the text to it. */
class QuickJsonTest {

    private static final String REQUEST = "{\"text\": \"Hei \\\"Nokia\\\" \\\\ \\/ \\b\\f\\n\\r\\t \\u00e4\\uD83C\\uDF89"
            + " 🎉 Ääni\", \"platform\":\"x\" ,\n\t\"language\": null, \"item\": {\"url\": \"https://a.example/x\","
            + " \"captions\": [\"one\", \"two\\u2028\"], \"trackedLink\": null}, \"approvedUrls\": [],"
            + " \"retiredUrls\": [ ], \"trackedLinks\": [\"https://go.example.com/\"], \"text\": \"again\"}";

    @Test
    void readsARequestToTheValuesMinimalJsonGives() {
        assertEquals(Optional.of(Json.parse(REQUEST)), QuickJson.parse(REQUEST));
        assertEquals(Json.parse(REQUEST).toString(), QuickJson.parse(REQUEST).orElseThrow().toString());
    }

    @Test
    void leavesNumbersBooleansAndErrorsToMinimalJson() {
        for (String text : List.of("{\"a\": 1}", "{\"a\": true}", "{\"a\": \"b\\x\"}", "{\"a\": \"b\u0001\"}",
                "{\"a\": \"\\u12G4\"}", "{\"a\": \"\\u０１２３\"}", "{\"a\": \"b\"", "{\"a\" \"b\"}", "{\"a\": \"b\",}",
                "[\"a\",]", "{} x", "", " ", "nul", "{\"a\": [[[[[[[[[[\"deep\"]]]]]]]]]]}")) {
            assertEquals(Optional.empty(), QuickJson.parse(text), text);
        }
    }

    /** Broken and altered requests: whatever minimal-json refuses is left to it, whatever is read is read alike. */
    @Test
    void neverReadsWhatMinimalJsonWouldReadOtherwise() {
        Random random = new Random(3);
        String alphabet = "{}[]:,\" \\/unlbfrt0123456789aeAE\u0000\n-+.";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder(REQUEST);
            for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
                int at = random.nextInt(text.length());
                if (random.nextBoolean()) {
                    text.deleteCharAt(at);
                } else {
                    text.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            Optional<JsonValue> quick = QuickJson.parse(text.toString());
            JsonValue reference;
            try {
                reference = Json.parse(text.toString());
            } catch (ParseException refused) {
                assertTrue(quick.isEmpty(), text::toString);
                continue;
            }
            if (quick.isPresent()) {
                assertEquals(reference.toString(), quick.get().toString(), text::toString);
            }
        }
    }
}
