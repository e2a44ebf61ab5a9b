package io.herald.api.auth;

import java.util.Optional;

/** The signed-in person of a request, as the authentication filter established it. */
public record CurrentUser(String id, String email, String displayName, Role role, Optional<String> teamId) {
    public boolean isAdmin() {
        return role == Role.ADMIN;
    }
}
