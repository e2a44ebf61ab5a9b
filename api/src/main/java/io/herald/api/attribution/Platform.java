package io.herald.api.attribution;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Where an employee shares: the value of {@code utm_source} and of the {@code platform} columns. Request bodies read
 * it through {@link JsonValue}, so an unknown value is a 400 that names the field and lists the allowed ones.
 */
public enum Platform {
    LINKEDIN("linkedin"),
    X("x");

    private final String id;

    Platform(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    /** For rows: the column holds only ids this enum wrote. */
    public static Platform fromId(String id) {
        for (Platform platform : values()) {
            if (platform.id.equals(id)) {
                return platform;
            }
        }
        throw new IllegalArgumentException("Unknown platform " + id);
    }
}
