package io.herald.api.auth;

import io.herald.api.people.User;

/**
 * A signed-in session as the client receives it: a short-lived access token for {@code Authorization: Bearer}, the
 * refresh token that gets the next one, and who is signed in.
 *
 * @param expiresIn seconds until the access token expires
 */
public record Session(String accessToken, String tokenType, long expiresIn, String refreshToken, User user) {
}
