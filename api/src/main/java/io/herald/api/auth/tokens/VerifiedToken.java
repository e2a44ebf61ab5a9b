package io.herald.api.auth.tokens;

import java.time.Instant;

/**
 * What a verified access token says: who (the user id), the role it was issued for, its id, when it was issued (whole
 * seconds, as JWTs have it) and its expiry.
 */
public record VerifiedToken(String userId, String role, String tokenId, Instant issuedAt, Instant expiresAt) {
}
