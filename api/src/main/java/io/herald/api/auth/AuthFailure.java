package io.herald.api.auth;

/** Why the access token sent with a request was refused; the 401 detail of protected endpoints. */
public record AuthFailure(String reason) {
}
