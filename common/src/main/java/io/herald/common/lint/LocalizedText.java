package io.herald.common.lint;

import io.herald.common.json.JsonObject;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A text written in one or more of the {@link Languages#SUPPORTED} languages, English always among them. Asking for
 * a language it lacks gives the English text, so an admin can translate messages one at a time.
 */
public final class LocalizedText {

    private final Map<String, String> byLanguage;

    private LocalizedText(Map<String, String> byLanguage) {
        this.byLanguage = byLanguage;
    }

    /** An English-only text. */
    public static LocalizedText english(String text) {
        return of(Map.of(Languages.FALLBACK, text));
    }

    /**
     * A text from language code to text; the caller ({@link RuleFields}) has checked that English is present, that
     * every code is supported and no text is blank.
     */
    public static LocalizedText of(Map<String, String> byLanguage) {
        Map<String, String> ordered = new LinkedHashMap<>();
        for (String language : Languages.SUPPORTED) {
            String text = byLanguage.get(language);
            if (text != null) {
                ordered.put(language, text);
            }
        }
        return new LocalizedText(ordered);
    }

    /** The text in the language that best serves {@code language} (see {@link Languages#resolve}). */
    public String in(String language) {
        String text = byLanguage.get(Languages.resolve(language));
        return text != null ? text : byLanguage.get(Languages.FALLBACK);
    }

    /** Every language given, in {@link Languages#SUPPORTED} order (not {@code Map.copyOf}, which has none). */
    public Map<String, String> byLanguage() {
        return Collections.unmodifiableMap(byLanguage);
    }

    /** The canonical JSON form: always an object, languages in a fixed order. */
    public JsonObject toJson() {
        JsonObject json = new JsonObject();
        for (Map.Entry<String, String> entry : byLanguage.entrySet()) {
            json.add(entry.getKey(), entry.getValue());
        }
        return json;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LocalizedText text && text.byLanguage.equals(byLanguage);
    }

    @Override
    public int hashCode() {
        return byLanguage.hashCode();
    }

    @Override
    public String toString() {
        return byLanguage.toString();
    }
}
