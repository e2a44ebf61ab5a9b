package io.herald.api.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonValue;
import io.helidon.webserver.http.ServerRequest;

/**
 * An enum whose JSON, query-parameter and database form is its lower-case name, so the three never drift apart, and
 * the one way to read such a choice: from a query parameter with {@link #query}, from a body through Jackson (which
 * {@link JsonBodies} answers the same way), from a column with {@link #stored}. An unknown value in a request is a 400
 * naming the field and listing the allowed values. Enums of the shared module ({@code common.platform.Platform}) cannot
 * implement this interface; their ids are their lower-case names as well, and {@link Json} writes them so.
 */
public interface Choice {
    @JsonValue
    default String id() {
        return ((Enum<?>) this).name().toLowerCase(Locale.ROOT);
    }

    /** The id of any constant read here: its lower-case name. */
    static String idOf(Enum<?> constant) {
        return constant instanceof Choice choice ? choice.id() : constant.name().toLowerCase(Locale.ROOT);
    }

    /** The constant a request named, or a 400 naming the field and listing the allowed values. */
    static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        for (E constant : type.getEnumConstants()) {
            if (idOf(constant).equals(value)) {
                return constant;
            }
        }
        String allowed = Arrays.stream(type.getEnumConstants()).map(Choice::idOf).collect(Collectors.joining(", "));
        throw ApiException.invalidField(field, "has an unknown value \"" + value + "\"; expected one of: "
                                               + allowed + ".");
    }

    /** The constant a query parameter names, if it is there; an unknown value is a 400 as {@link #parse} says. */
    static <E extends Enum<E>> Optional<E> query(ServerRequest req, Class<E> type, String name) {
        return QueryParams.text(req, name, 16).map(value -> parse(type, name, value));
    }

    /** The constant stored in a column; the schema's CHECK constraints keep these valid. */
    static <E extends Enum<E>> E stored(Class<E> type, String id) {
        return Enum.valueOf(type, id.toUpperCase(Locale.ROOT));
    }
}
