package io.herald.api.web;

import io.helidon.config.Config;

/**
 * Where people reach Herald ({@code herald.public-url}), without a trailing slash: tracked links, the snippet, the
 * console's copy of it and the default token issuer start with it. Read once at start and handed to the areas that
 * need it.
 */
public record PublicUrl(String text) {
    public static PublicUrl from(Config config) {
        return new PublicUrl(config.get("herald.public-url").asString().orElse("http://127.0.0.1:8080")
                                     .replaceAll("/+$", ""));
    }

    @Override
    public String toString() {
        return text;
    }
}
