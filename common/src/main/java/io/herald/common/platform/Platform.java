package io.herald.common.platform;

import java.util.Optional;

/** The networks an employee can share to, each with its own length rules. */
public enum Platform {
    LINKEDIN("linkedin", LinkedInLength.MAX_CHARACTERS),
    X("x", XWeightedLength.MAX_WEIGHTED_LENGTH);

    private final String id;
    private final int maxLength;

    Platform(String id, int maxLength) {
        this.id = id;
        this.maxLength = maxLength;
    }

    /** The identifier used in rule sets and the API: "linkedin" or "x". */
    public String id() {
        return id;
    }

    /** The most a post may hold, in the platform's own unit (see {@link PostLength}). */
    public int maxLength() {
        return maxLength;
    }

    /** The platform with this identifier, ignoring ASCII case. */
    public static Optional<Platform> fromId(String id) {
        for (Platform platform : values()) {
            if (platform.id.equalsIgnoreCase(id)) {
                return Optional.of(platform);
            }
        }
        return Optional.empty();
    }
}
