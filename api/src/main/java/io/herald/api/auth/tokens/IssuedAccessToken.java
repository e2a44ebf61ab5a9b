package io.herald.api.auth.tokens;

import java.time.Instant;

/** A freshly signed access token and when it stops being accepted. */
public record IssuedAccessToken(String token, Instant expiresAt) {
}
