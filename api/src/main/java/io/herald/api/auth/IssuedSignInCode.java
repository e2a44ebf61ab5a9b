package io.herald.api.auth;

import java.time.Instant;

/** A new sign-in code: shown once, to the person who asked for it, and stored only as a hash. */
public record IssuedSignInCode(String code, Instant expiresAt) {
}
