package io.herald.extension.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.herald.common.json.Json;
import io.herald.common.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The extension's words in en, fi, nb and pl: every message the code and the pages use exists in English, every
 * language has every English message with the same placeholders, and none is left in English by mistake.
 */
class LocalesTest {

    static final Path SOURCE = Path.of(System.getProperty("herald.webextension.source", "src/main/webextension"));
    static final List<String> LANGUAGES = List.of("en", "fi", "nb", "pl");
    private static final Pattern JAVA_KEY = Pattern.compile("I18n\\.text\\(\"([A-Za-z]+)\"");
    private static final Pattern HTML_KEY = Pattern.compile("data-i18n=\"([A-Za-z]+)\"");
    private static final Pattern MANIFEST_KEY = Pattern.compile("__MSG_([A-Za-z]+)__");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$([A-Za-z]+)\\$");

    static JsonObject messages(String language) throws IOException {
        return Json.parse(Files.readString(SOURCE.resolve("_locales/" + language + "/messages.json"),
                StandardCharsets.UTF_8)).asObject();
    }

    @Test
    void everyMessageTheExtensionUsesIsInEnglish() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> java = Files.walk(SOURCE.resolveSibling("java"))) {
            for (Path file : java.filter(path -> path.toString().endsWith(".java")).toList()) {
                collect(JAVA_KEY, Files.readString(file), used);
            }
        }
        try (Stream<Path> pages = Files.list(SOURCE)) {
            for (Path file : pages.filter(path -> path.toString().endsWith(".html")).toList()) {
                collect(HTML_KEY, Files.readString(file), used);
            }
        }
        collect(MANIFEST_KEY, Files.readString(SOURCE.resolve("manifest.json")), used);
        // Made from a field name in OptionsPage: "<field>Missing".
        used.addAll(List.of("serverMissing", "codeMissing", "displayNameMissing", "overLimitX", "overLimitLinkedIn",
                "featuredTitle", "copied", "copyFailed", "signInAgainTitle"));
        assertTrue(used.size() > 60, "found only " + used);
        JsonObject english = messages("en");
        Set<String> missing = new TreeSet<>();
        for (String key : used) {
            if (english.get(key) == null) {
                missing.add(key);
            }
        }
        assertEquals(Set.of(), missing, "messages used but not in _locales/en/messages.json");
    }

    @Test
    void everyLanguageHasEveryMessageWithItsPlaceholders() throws IOException {
        JsonObject english = messages("en");
        for (String language : LANGUAGES) {
            JsonObject translated = messages(language);
            assertEquals(english.names(), translated.names(), language + ": the same messages in the same order");
            for (String key : english.names()) {
                JsonObject message = translated.get(key).asObject();
                String text = message.getString("message", "");
                assertFalse(text.isBlank(), language + " " + key);
                Set<String> declared = new TreeSet<>();
                if (message.get("placeholders") != null) {
                    declared.addAll(message.get("placeholders").asObject().names());
                }
                Set<String> englishDeclared = new TreeSet<>();
                if (english.get(key).asObject().get("placeholders") != null) {
                    englishDeclared.addAll(english.get(key).asObject().get("placeholders").asObject().names());
                }
                assertEquals(englishDeclared, declared, language + " " + key + ": placeholders");
                Set<String> usedInText = new TreeSet<>();
                Matcher matcher = PLACEHOLDER.matcher(text);
                while (matcher.find()) {
                    usedInText.add(matcher.group(1).toLowerCase());
                }
                assertEquals(declared, usedInText, language + " " + key + ": every placeholder in the text");
            }
        }
    }

    @Test
    void translationsAreNotLeftInEnglish() throws IOException {
        JsonObject english = messages("en");
        Set<String> sameEverywhere = Set.of("extensionName", "panelTitle", "lengthMeter", "featuredItem");
        for (String language : List.of("fi", "nb", "pl")) {
            JsonObject translated = messages(language);
            for (String key : english.names()) {
                if (!sameEverywhere.contains(key)) {
                    String text = translated.get(key).asObject().getString("message", "");
                    assertFalse(text.equals(english.get(key).asObject().getString("message", "")),
                            language + " " + key + " is still English: " + text);
                }
            }
        }
    }

    private static void collect(Pattern pattern, String text, Set<String> into) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            into.add(matcher.group(1));
        }
    }
}
