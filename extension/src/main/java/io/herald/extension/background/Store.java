package io.herald.extension.background;

import io.herald.common.json.Json;
import io.herald.common.json.JsonValue;
import io.herald.common.json.ParseException;
import io.herald.extension.jso.ExtensionStorage;
import java.util.function.Consumer;

/**
 * The background's storage: one JSON value per key in {@code chrome.storage.local}. The keys, and who owns each:
 * {@code session} ({@link Session}), {@code guidelines} ({@link Guidelines}), {@code feed} and {@code links}
 * ({@link Library}), {@code shares} ({@link ShareQueue}), {@code settings} ({@link Settings}).
 */
final class Store {

    private Store() {
    }

    /** The value under {@code key}, or null when there is none or it cannot be read. */
    static void read(String key, Consumer<JsonValue> callback) {
        ExtensionStorage.get(key, text -> {
            JsonValue value = null;
            if (text != null) {
                try {
                    value = Json.parse(text);
                } catch (ParseException e) {
                    value = null;
                }
            }
            callback.accept(value);
        });
    }

    static void write(String key, JsonValue value, Runnable done) {
        ExtensionStorage.set(key, value.toString(), done::run);
    }

    static void delete(String key, Runnable done) {
        ExtensionStorage.remove(key, done::run);
    }
}
