package io.herald.api.web;

import io.helidon.webserver.http.ServerRequest;

/**
 * Checks a request against the access its route declared, before the handler runs: returns when the caller may call
 * the route, throws an {@link ApiException} (401 or 403) when not. Sign-in implements it; this package only declares
 * it, so that the web plumbing does not depend on how people sign in.
 */
@FunctionalInterface
public interface AccessCheck {
    void check(ServerRequest req, Access access);
}
