package io.herald.common.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.herald.common.json.Json;
import io.herald.common.platform.Platform;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LintRequestJsonTest {

    @Test
    void roundTripsEveryField() {
        LintRequest request = LintRequest.builder("Hei https://acme.com/a", Platform.X).language("fi")
                .item(new SharedItem(Optional.of("https://acme.com/a"), List.of("Caption"),
                        Optional.of("https://go.acme.com/r/1")))
                .approvedUrls(List.of("https://acme.com/b"))
                .retiredUrls(List.of("https://acme.com/old"))
                .trackedLinks(List.of("https://go.acme.com/r/"))
                .build();
        assertEquals(request, LintRequestJson.read(LintRequestJson.write(request)));
    }

    @Test
    void onlyTextAndPlatformAreRequired() {
        LintRequest request = LintRequestJson.read(Json.parse("{\"text\": \"Hi\", \"platform\": \"linkedin\"}")
                .asObject());
        assertEquals("en", request.language());
        assertEquals(Optional.empty(), request.item());
        assertEquals(List.of(), request.captions());
    }

    @Test
    void refusesMissingAndMalformedFields() {
        assertEquals("\"platform\" is required", assertThrows(IllegalArgumentException.class,
                () -> LintRequestJson.read(Json.parse("{\"text\": \"Hi\"}").asObject())).getMessage());
        assertEquals("unknown platform \"facebook\"", assertThrows(IllegalArgumentException.class,
                () -> LintRequestJson.read(Json.parse("{\"text\": \"Hi\", \"platform\": \"facebook\"}").asObject()))
                .getMessage());
        assertEquals("\"approvedUrls\" must be a list of strings", assertThrows(IllegalArgumentException.class,
                () -> LintRequestJson.read(Json.parse("{\"text\": \"\", \"platform\": \"x\", \"approvedUrls\": [1]}")
                        .asObject())).getMessage());
    }
}
