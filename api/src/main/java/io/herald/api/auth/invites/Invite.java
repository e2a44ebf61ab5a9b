package io.herald.api.auth.invites;

import java.time.Instant;
import java.util.Optional;

import io.herald.api.people.Role;

/**
 * An invite as admins see it: never its code, which only the person invited receives. {@code email} and
 * {@code userId} are empty for the first admin invite until it is redeemed.
 */
public record Invite(String id,
                     Optional<String> email,
                     Optional<String> userId,
                     Role role,
                     Optional<String> teamId,
                     InviteState state,
                     Optional<String> invitedBy,
                     Instant createdAt,
                     Instant expiresAt,
                     Optional<Instant> redeemedAt,
                     Optional<Instant> revokedAt) {
}
