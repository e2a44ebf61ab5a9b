package io.herald.api.auth.invites;

import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where an invite stands; derived from its timestamps (and the time now) by the SQL that reads it. */
public enum InviteState {
    PENDING("pending"),
    REDEEMED("redeemed"),
    EXPIRED("expired"),
    REVOKED("revoked");

    private final String id;

    InviteState(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    public static Optional<InviteState> fromId(String id) {
        for (InviteState state : values()) {
            if (state.id.equals(id)) {
                return Optional.of(state);
            }
        }
        return Optional.empty();
    }
}
