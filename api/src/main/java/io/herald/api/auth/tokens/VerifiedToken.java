package io.herald.api.auth.tokens;

import java.time.Instant;

/** What a verified access token says: who (the user id), the role it was issued for, its id and its expiry. */
public record VerifiedToken(String userId, String role, String tokenId, Instant expiresAt) {
}
