package io.herald.common.lint;

import java.util.Optional;

/**
 * How strongly a guideline speaks. Every level is advice: the engine never blocks a post, an {@code ERROR} is only
 * shown more prominently.
 */
public enum Level {
    SUGGESTION("suggestion"),
    WARNING("warning"),
    ERROR("error");

    private final String id;

    Level(String id) {
        this.id = id;
    }

    /** The name used in rule JSON and in rendered findings. */
    public String id() {
        return id;
    }

    public static Optional<Level> fromId(String id) {
        for (Level level : values()) {
            if (level.id.equals(id)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }
}
