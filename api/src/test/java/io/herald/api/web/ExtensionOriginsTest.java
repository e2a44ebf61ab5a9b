package io.herald.api.web;

import java.util.List;
import java.util.Map;

import io.herald.api.HeraldConfig;
import org.junit.jupiter.api.Test;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** {@code herald.cors.extension-origins}: what the default allows, narrowing it, and entries refused at start. */
class ExtensionOriginsTest {
    private static final String CHROME = "chrome-extension://abcdefghijklmnopabcdefghijklmnop";
    private static final String OTHER_CHROME = "chrome-extension://ponmlkjihgfedcbaponmlkjihgfedcba";
    private static final String FIREFOX = "moz-extension://0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9";

    @Test
    void byDefaultAnyChromiumOrFirefoxExtensionAndNothingElse() {
        ExtensionOrigins origins = ExtensionOrigins.from(HeraldConfig.load());

        for (String allowed : List.of(CHROME, OTHER_CHROME, FIREFOX)) {
            assertThat(allowed, origins.allows(allowed), is(true));
        }
        for (String refused : List.of("https://www.example.com", "http://127.0.0.1:8080", "null", "",
                                      "chrome-extension://", "chrome-extension://abcdefghijklmnopabcdefghijklmnoq",
                                      "chrome-extension://abcdefghijklmnopabcdefghijklmno", CHROME + "/",
                                      CHROME + ":443", CHROME.toUpperCase(java.util.Locale.ROOT),
                                      "moz-extension://0f1e2d3c4b5a49788695a4b3c2d1e0f9",
                                      "moz-extension://0F1E2D3C-4B5A-4978-8695-A4B3C2D1E0F9",
                                      "safari-web-extension://0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9",
                                      "chrome-extension://*")) {
            assertThat(refused, origins.allows(refused), is(false));
        }
    }

    @Test
    void narrowedToPublishedIds() {
        ExtensionOrigins origins = ExtensionOrigins.from(HeraldConfig.load(Map.of(
                ExtensionOrigins.KEY, " " + CHROME.toUpperCase(java.util.Locale.ROOT) + " ,, " + FIREFOX + " ")));

        assertThat(origins.allows(CHROME), is(true));
        assertThat(origins.allows(FIREFOX), is(true));
        assertThat(origins.allows(OTHER_CHROME), is(false));
        assertThat(origins.allows("moz-extension://00000000-0000-4000-8000-000000000000"), is(false));
    }

    @Test
    void anIndexedOverrideReplacesTheDefaultWhole() {
        // What HERALD_CORS_EXTENSION_DASH_ORIGINS_0 sets: the default's second entry must not survive it.
        ExtensionOrigins origins = ExtensionOrigins.from(HeraldConfig.load(Map.of(ExtensionOrigins.KEY + ".0",
                                                                                   CHROME)));

        assertThat(origins.allows(CHROME), is(true));
        assertThat(origins.allows(OTHER_CHROME), is(false));
        assertThat(origins.allows(FIREFOX), is(false));
    }

    @Test
    void emptyAllowsNoExtension() {
        ExtensionOrigins origins = ExtensionOrigins.of(List.of(" "));

        assertThat(origins.allows(CHROME), is(false));
        assertThat(origins.allows(FIREFOX), is(false));
    }

    @Test
    void anythingButAnExtensionOriginStopsHeraldNamingTheKey() {
        for (String entry : List.of("*", "https://www.example.com", "chrome-extension://abc", "moz-extension://x",
                                    "chrome-extension://abcdefghijklmnopabcdefghijklmnop/", "null",
                                    "chrome-extension://abcd*")) {
            IllegalStateException refused = assertThrows(IllegalStateException.class, () -> ExtensionOrigins.from(
                    HeraldConfig.load(Map.of(ExtensionOrigins.KEY, CHROME + ", " + entry))));
            assertThat(entry, refused.getMessage(), containsString("herald.cors.extension-origins"));
            assertThat(entry, refused.getMessage(), containsString(entry.toLowerCase(java.util.Locale.ROOT)));
        }
    }
}
