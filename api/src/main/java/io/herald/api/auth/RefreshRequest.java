package io.herald.api.auth;

import io.herald.api.web.Fields;

/** The body of {@code POST /api/v1/auth/refresh} and {@code /logout}. */
public record RefreshRequest(String refreshToken) {
    public RefreshRequest {
        refreshToken = Fields.text("refreshToken", refreshToken, 200);
    }
}
