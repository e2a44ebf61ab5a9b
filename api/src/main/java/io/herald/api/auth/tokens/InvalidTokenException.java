package io.herald.api.auth.tokens;

/** An access token that does not verify; the message says why, for the 401 detail and the logs. */
public final class InvalidTokenException extends RuntimeException {
    public InvalidTokenException(String reason) {
        super(reason, null, false, false);
    }
}
