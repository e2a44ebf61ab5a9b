package io.herald.api.content;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonValue;
import io.herald.api.web.ApiException;

/**
 * An enum whose JSON, query-parameter and database form is its lower-case name, so the three never drift apart.
 */
public interface Choice {
    @JsonValue
    default String id() {
        return ((Enum<?>) this).name().toLowerCase(Locale.ROOT);
    }

    /** The constant a request named, or a 400 naming the field and listing the allowed values. */
    static <E extends Enum<E> & Choice> E parse(Class<E> type, String field, String value) {
        for (E constant : type.getEnumConstants()) {
            if (constant.id().equals(value)) {
                return constant;
            }
        }
        String allowed = Arrays.stream(type.getEnumConstants()).map(Choice::id).collect(Collectors.joining(", "));
        throw ApiException.invalidField(field, "has an unknown value \"" + value + "\"; expected one of: "
                                               + allowed + ".");
    }

    /** The constant stored in a column; the schema's CHECK constraints keep these valid. */
    static <E extends Enum<E> & Choice> E stored(Class<E> type, String id) {
        return Enum.valueOf(type, id.toUpperCase(Locale.ROOT));
    }
}
