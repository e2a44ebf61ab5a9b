package io.herald.api.auth;

import java.util.Optional;

import io.herald.api.web.Fields;

/**
 * The body of {@code POST /api/v1/auth/redeem}. {@code email} is read only for the first admin invite, which names
 * nobody; every other invite was sent to an email address already.
 */
public record RedeemRequest(String code, String displayName, String email) {
    public static final int MAX_DISPLAY_NAME = 100;

    public RedeemRequest {
        code = Fields.text("code", code, 200);
        displayName = Fields.text("displayName", displayName, MAX_DISPLAY_NAME);
        email = email == null || email.isBlank() ? null : Fields.email("email", email);
    }

    public Optional<String> optionalEmail() {
        return Optional.ofNullable(email);
    }
}
