package io.herald.api.web;

import java.util.Optional;

import io.helidon.webserver.http.ServerRequest;

/** Reads query parameters; a bad one is a 400 that names it, like a bad body field. */
public final class QueryParams {
    private QueryParams() {
    }

    /** A parameter's value, trimmed; absent or blank is empty. */
    public static Optional<String> text(ServerRequest req, String name, int maxLength) {
        return req.query().first(name)
                .map(String::strip)
                .filter(value -> !value.isEmpty())
                .map(value -> Fields.maxLength(name, value, maxLength));
    }

    public static Optional<Integer> wholeNumber(ServerRequest req, String name, int min, int max) {
        return text(req, name, 12).map(value -> {
            int number;
            try {
                number = Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw ApiException.invalidField(name, "must be a whole number, not '" + value + "'.");
            }
            if (number < min || number > max) {
                throw ApiException.invalidField(name, "must be between " + min + " and " + max + ", not " + number + ".");
            }
            return number;
        });
    }
}
