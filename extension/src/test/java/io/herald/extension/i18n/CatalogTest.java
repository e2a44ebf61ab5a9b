package io.herald.extension.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.herald.common.json.Json;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The catalog of a chosen language reads messages.json as chrome.i18n.getMessage does. */
class CatalogTest {

    @Test
    void namedPlaceholdersTakeTheirSubstitutions() throws IOException {
        Catalog finnish = new Catalog(LocalesTest.messages("fi"));
        assertEquals("Olet kirjautunut nimellä Emma (emma@example.com).",
                finnish.message("signedInAs", "Emma", "emma@example.com"));
        assertEquals("120 / 280", new Catalog(LocalesTest.messages("en")).message("lengthMeter", "120", "280"));
    }

    @Test
    void namesAreCaseInsensitiveAndUnknownNamesEmpty() {
        Catalog catalog = new Catalog(Json.parse("{\"Hello\": {\"message\": \"Hi $WHO$! $$5 $1\","
                + " \"placeholders\": {\"who\": {\"content\": \"$1\"}}}}").asObject());
        assertEquals("Hi Ann! $5 Ann", catalog.message("hello", "Ann"));
        assertEquals("Hi ! $5 ", catalog.message("HELLO"));
        assertEquals("", catalog.message("missing"));
    }

    @Test
    void aDollarWithoutAPlaceholderStays() {
        Catalog catalog = new Catalog(Json.parse("{\"price\": {\"message\": \"Costs $ 5 or $NOPE$\"}}").asObject());
        assertEquals("Costs $ 5 or $NOPE$", catalog.message("price"));
    }
}
