package io.herald.api.web;

/**
 * Who may call a route. Every route declares it where it is registered ({@link AccessRules}), and the declared access
 * is checked before the route's handler runs, so a handler cannot forget it.
 */
public enum Access {
    /** Anyone: the redirect, public keys, the snippet; sign-in, where the code or refresh token in the body is the key. */
    ANYONE("anyone"),
    /** A company website with its site key (public key and origin, or secret key); the handler checks the key. */
    SITE_KEY("site key"),
    /** A signed-in person: 401 without a valid access token. */
    SIGNED_IN("signed in"),
    /** An admin: 401 without a valid access token, 403 for anyone else. */
    ADMIN("admin");

    private final String description;

    Access(String description) {
        this.description = description;
    }

    /** Whether the route needs an access token (the bearer security scheme of the OpenAPI document). */
    public boolean needsSignIn() {
        return this == SIGNED_IN || this == ADMIN;
    }

    @Override
    public String toString() {
        return description;
    }
}
