package io.herald.api.web;

import java.util.List;

/**
 * Field rules for request records, called from their compact constructors so a record that exists is valid.
 * Each failure is a 400 that names the field.
 */
public final class Fields {
    private Fields() {
    }

    public static <T> T required(String field, T value) {
        if (value == null) {
            throw ApiException.invalidField(field, "is required.");
        }
        return value;
    }

    /** A required string, trimmed, not blank, at most {@code maxLength} characters. */
    public static String text(String field, String value, int maxLength) {
        required(field, value);
        String trimmed = value.strip();
        if (trimmed.isEmpty()) {
            throw ApiException.invalidField(field, "must not be blank.");
        }
        return maxLength(field, trimmed, maxLength);
    }

    /** An optional string: null or blank becomes null, otherwise trimmed and bounded. */
    public static String optionalText(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return maxLength(field, value.strip(), maxLength);
    }

    public static String maxLength(String field, String value, int maxLength) {
        if (value != null && value.length() > maxLength) {
            throw ApiException.invalidField(field, "is too long: " + value.length() + " characters, at most "
                                                   + maxLength + " allowed.");
        }
        return value;
    }

    public static <T> List<T> list(String field, List<T> value, int maxSize) {
        if (value == null) {
            return List.of();
        }
        if (value.size() > maxSize) {
            throw ApiException.invalidField(field, "has " + value.size() + " entries, at most " + maxSize + " allowed.");
        }
        for (int i = 0; i < value.size(); i++) {
            if (value.get(i) == null) {
                throw ApiException.invalidField(field + "[" + i + "]", "must not be null.");
            }
        }
        return List.copyOf(value);
    }

    public static String email(String field, String value) {
        String email = text(field, value, 254).toLowerCase(java.util.Locale.ROOT);
        int at = email.indexOf('@');
        if (at < 1 || at != email.lastIndexOf('@') || at == email.length() - 1 || email.chars().anyMatch(
                c -> c <= ' ' || c == '<' || c == '>' || c == ',')) {
            throw ApiException.invalidField(field, "is not an email address.");
        }
        return email;
    }
}
