package io.herald.api.auth.invites;

import java.time.Instant;

/** A new invite with its code: shown once, to the admin who created it, and stored only as a hash. */
public record IssuedInvite(String id, String code, Instant expiresAt) {
}
