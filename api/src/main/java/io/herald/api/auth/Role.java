package io.herald.api.auth;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a signed-in person may do: admins manage the library and people, employees share. */
public enum Role {
    ADMIN("admin"),
    EMPLOYEE("employee");

    private final String id;

    Role(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    public static Role fromId(String id) {
        for (Role role : values()) {
            if (role.id.equals(id)) {
                return role;
            }
        }
        throw new IllegalArgumentException("Unknown role " + id);
    }
}
