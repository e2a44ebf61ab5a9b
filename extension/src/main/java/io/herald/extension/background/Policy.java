package io.herald.extension.background;

import io.herald.extension.jso.ExtensionStorage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * What a company presets through the browser's policy for the extension ({@code managed_schema.json}): the Herald
 * server's address. Read once when the background starts; the browser's first read of managed storage can take a
 * couple of seconds, so it starts at once and the pages that need it wait for it.
 */
final class Policy {

    static final String SERVER = "serverUrl";

    private final List<Consumer<String>> waiting = new ArrayList<>();
    private boolean known;
    /** The preset server address, or "" when there is none. */
    private String server = "";

    void load() {
        ExtensionStorage.managed(SERVER, value -> {
            server = value == null ? "" : value.trim();
            known = true;
            List<Consumer<String>> ready = new ArrayList<>(waiting);
            waiting.clear();
            ready.forEach(callback -> callback.accept(server));
        });
    }

    /** Calls back with the preset server address ("" for none) once it is known. */
    void server(Consumer<String> callback) {
        if (known) {
            callback.accept(server);
        } else {
            waiting.add(callback);
        }
    }
}
