package io.herald.api.people;

import java.time.Instant;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A person: invited by email, active once they redeemed an invite (then they have a display name), or deactivated.
 * {@code invitedAt}, {@code activatedAt} and {@code lastActiveAt} are the adoption funnel; {@code deactivatedAt}, when
 * they were last deactivated, ends every access token issued before it (it is not part of the JSON view).
 */
public record User(String id,
                   String email,
                   Optional<String> displayName,
                   Role role,
                   Optional<String> teamId,
                   UserStatus status,
                   Instant invitedAt,
                   Optional<Instant> activatedAt,
                   Optional<Instant> lastActiveAt,
                   @JsonIgnore Optional<Instant> deactivatedAt) {

    @JsonIgnore // a rule, not part of the JSON view
    public boolean isActiveAdmin() {
        return role == Role.ADMIN && status == UserStatus.ACTIVE;
    }
}
