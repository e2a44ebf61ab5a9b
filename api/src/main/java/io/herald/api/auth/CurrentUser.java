package io.herald.api.auth;

import java.util.Optional;

import io.herald.api.people.Role;
import io.herald.api.people.User;
import io.helidon.webserver.http.ServerRequest;

/** The signed-in person of a request, as {@link Authentication} established it. */
public record CurrentUser(String id, String email, String displayName, Role role, Optional<String> teamId) {
    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    /** The person as signed in: named by their display name, or their email before they chose one. */
    public static CurrentUser of(User user) {
        return new CurrentUser(user.id(), user.email(), user.displayName().orElse(user.email()), user.role(),
                               user.teamId());
    }

    /**
     * The signed-in person of a request to a route declared for signed-in people or admins, whose caller was checked
     * before its handler ran. A route declared for anyone has none: reading it there is a mistake in the code.
     */
    public static CurrentUser of(ServerRequest req) {
        return req.context().get(CurrentUser.class)
                .orElseThrow(() -> new IllegalStateException("The route of " + req.path().path() + " is declared for "
                                                             + "anyone, and its handler reads the signed-in user."));
    }
}
