package io.herald.extension.background;

import io.herald.common.json.Json;
import io.herald.common.json.JsonValue;
import io.herald.common.json.ParseException;
import io.herald.extension.jso.ExtensionStorage;
import java.util.function.Consumer;
import org.teavm.jso.JSObject;

/**
 * The background's storage: one JSON value per key in {@code chrome.storage.local}. The keys, and who owns each:
 * {@code session} ({@link Session}), {@code guidelines} ({@link Guidelines}), {@code feed} and {@code links}
 * ({@link Library}), {@code shares} ({@link ShareQueue}), {@code settings} ({@link Settings}).
 *
 * <p>As the worker starts, everything stored is read in one call ({@link #preload}) and the owners' first reads are
 * served from that copy, instead of one round trip to the browser each, one after the other, while a composer waits
 * for its first findings. Writes go to storage and to the copy until the start is over ({@link #preloaded}).
 */
final class Store {

    /** What storage held when the worker started, while the owners load; null after. */
    private static JSObject snapshot;

    private Store() {
    }

    /** Reads everything stored at once, for the reads of the start. */
    static void preload(Runnable done) {
        ExtensionStorage.getAll(items -> {
            snapshot = items;
            done.run();
        });
    }

    /** The start is over: reads go to storage again. */
    static void preloaded() {
        snapshot = null;
    }

    /** The value under {@code key}, or null when there is none or it cannot be read. */
    static void read(String key, Consumer<JsonValue> callback) {
        if (snapshot != null) {
            callback.accept(parsed(ExtensionStorage.textIn(snapshot, key)));
            return;
        }
        ExtensionStorage.get(key, text -> callback.accept(parsed(text)));
    }

    static void write(String key, JsonValue value, Runnable done) {
        String text = value.toString();
        if (snapshot != null) {
            ExtensionStorage.putIn(snapshot, key, text);
        }
        ExtensionStorage.set(key, text, done::run);
    }

    static void delete(String key, Runnable done) {
        if (snapshot != null) {
            ExtensionStorage.putIn(snapshot, key, null);
        }
        ExtensionStorage.remove(key, done::run);
    }

    private static JsonValue parsed(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Json.parse(text);
        } catch (ParseException e) {
            return null;
        }
    }
}
