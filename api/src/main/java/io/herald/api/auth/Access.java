package io.herald.api.auth;

import io.herald.api.web.ApiException;
import io.helidon.webserver.http.ServerRequest;

/**
 * What handlers call first: the signed-in user of the request (401 when there is none) or, for admin endpoints, an
 * admin (403 for anyone else). The authentication filter puts a {@link CurrentUser} or an {@link AuthFailure} in the
 * request context; this class only reads it.
 */
public final class Access {
    private Access() {
    }

    public static CurrentUser user(ServerRequest req) {
        return req.context().get(CurrentUser.class)
                .orElseThrow(() -> ApiException.unauthorized(
                        req.context().get(AuthFailure.class)
                                .map(AuthFailure::reason)
                                .orElse("Sign in first: send an access token as 'Authorization: Bearer <token>'.")));
    }

    public static CurrentUser admin(ServerRequest req) {
        CurrentUser user = user(req);
        if (!user.isAdmin()) {
            throw ApiException.forbidden("Only admins can do this.");
        }
        return user;
    }
}
