package io.herald.extension.background;

import io.herald.common.json.Json;
import io.herald.common.json.JsonValue;
import io.herald.common.json.ParseException;
import io.herald.extension.jso.Fetch;
import io.herald.extension.jso.Runtime;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The extension's messages in a language the person chose in the settings. {@code chrome.i18n} always speaks the
 * browser's language; when the person chose another, the parts of the extension read that language's
 * {@code _locales/<language>/messages.json} from here instead ({@code io.herald.extension.i18n.I18n}).
 */
final class Catalogs {

    private final Map<String, JsonValue> loaded = new HashMap<>();

    /** The messages of {@code language}, or null for "" (the browser's language, through chrome.i18n). */
    void catalog(String language, Consumer<JsonValue> callback) {
        if (language.isEmpty()) {
            callback.accept(null);
            return;
        }
        JsonValue known = loaded.get(language);
        if (known != null) {
            callback.accept(known);
            return;
        }
        Fetch.fetch("GET", Runtime.url("_locales/" + language + "/messages.json"), "{}", null, 5_000,
                (status, body, etag, retryAfter) -> {
                    JsonValue catalog = null;
                    if (status == 200) {
                        try {
                            catalog = Json.parse(body);
                            loaded.put(language, catalog);
                        } catch (ParseException e) {
                            catalog = null;
                        }
                    }
                    callback.accept(catalog);
                });
    }
}
