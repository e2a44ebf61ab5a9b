package io.herald.extension.i18n;

import io.herald.extension.jso.I18nApi;

/**
 * Where every word the extension shows comes from. By default {@code chrome.i18n}, in the browser's language; when
 * the person chose another language in Herald's settings, that language's {@link Catalog}.
 */
public final class I18n {

    private static Catalog chosen;

    private I18n() {
    }

    /** Speaks the chosen language from now on; null goes back to the browser's. */
    public static void use(Catalog catalog) {
        chosen = catalog;
    }

    /** The message {@code name} with its {@code $1}… placeholders filled; the name itself if none is found. */
    public static String text(String name, String... substitutions) {
        String text = chosen != null ? chosen.message(name, substitutions) : I18nApi.message(name, substitutions);
        return text == null || text.isEmpty() ? name : text;
    }
}
