package io.herald.api.people;

import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where a person is in the funnel: invited (no account yet), active, or deactivated by an admin. */
public enum UserStatus {
    INVITED("invited"),
    ACTIVE("active"),
    DEACTIVATED("deactivated");

    private final String id;

    UserStatus(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    public static Optional<UserStatus> fromId(String id) {
        for (UserStatus status : values()) {
            if (status.id.equals(id)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
