package io.herald.api.auth;

import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;

import io.herald.api.auth.tokens.InvalidTokenException;
import io.herald.api.auth.tokens.TokenVerifier;
import io.herald.api.auth.tokens.VerifiedToken;
import io.herald.api.db.Database;
import io.herald.api.people.User;
import io.herald.api.people.UserRepository;
import io.herald.api.people.UserStatus;
import io.herald.api.web.Access;
import io.herald.api.web.AccessCheck;
import io.herald.api.web.ApiException;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;

/**
 * Establishes who sent a request to a route for signed-in people or admins, before its handler runs: verifies its
 * {@code Authorization: Bearer} access token, loads the user and puts a {@link CurrentUser} in the request context,
 * or answers 401 saying why not (403 when an admin route is called by someone else). Routes for anyone never read a
 * token, so they never pay for verifying one, and a stale token does not break them; conversions read a site's secret
 * key from {@code Authorization: Bearer}, which is no access token.
 *
 * <p>The user is read on every request because deactivation and demotion must take effect at once, not when the
 * access token expires: the role comes from the database, not from the token.
 */
public final class Authentication implements AccessCheck {
    private static final String BEARER = "bearer ";

    private final TokenVerifier verifier;
    private final Database database;
    private final UserRepository users;

    public Authentication(TokenVerifier verifier, Database database, UserRepository users) {
        this.verifier = verifier;
        this.database = database;
        this.users = users;
    }

    @Override
    public void check(ServerRequest req, Access access) {
        if (!access.needsSignIn()) {
            return;
        }
        CurrentUser user = req.context().get(CurrentUser.class).orElseGet(() -> {
            CurrentUser authenticated = authenticate(req);
            req.context().register(authenticated);
            return authenticated;
        });
        if (access == Access.ADMIN && !user.isAdmin()) {
            throw ApiException.forbidden("Only admins can do this.");
        }
    }

    private CurrentUser authenticate(ServerRequest req) {
        Optional<String> authorization = req.headers().first(HeaderNames.AUTHORIZATION);
        if (authorization.isEmpty()) {
            throw ApiException.unauthorized("Sign in first: send an access token as 'Authorization: Bearer <token>'.");
        }
        Optional<String> token = token(authorization.get());
        if (token.isEmpty()) {
            throw ApiException.unauthorized("Send the access token as 'Authorization: Bearer <token>'.");
        }
        VerifiedToken verified;
        try {
            verified = verifier.verify(token.get());
        } catch (InvalidTokenException e) {
            throw ApiException.unauthorized("The access token was refused: " + e.getMessage());
        }
        User user = users.find(database.client().execute(), verified.userId())
                .orElseThrow(() -> ApiException.unauthorized("The access token names an account that does not "
                                                             + "exist."));
        if (user.status() != UserStatus.ACTIVE) {
            throw ApiException.unauthorized("This account has been deactivated.");
        }
        if (issuedByDeactivation(verified, user)) {
            throw ApiException.unauthorized("This access token was issued before the account was deactivated; "
                                            + "sign in again.");
        }
        return CurrentUser.of(user);
    }

    /**
     * Whether the token was issued before the person's last deactivation, or in the same second: {@code iat} is in
     * whole seconds, so a token of that second may be from just before it. Such a token stays refused after a
     * reactivation.
     */
    private static boolean issuedByDeactivation(VerifiedToken token, User user) {
        return user.deactivatedAt()
                .map(at -> !token.issuedAt().isAfter(at.truncatedTo(ChronoUnit.SECONDS)))
                .orElse(false);
    }

    private static Optional<String> token(String authorization) {
        if (authorization.length() <= BEARER.length()
            || !authorization.substring(0, BEARER.length()).toLowerCase(Locale.ROOT).equals(BEARER)) {
            return Optional.empty();
        }
        return Optional.of(authorization.substring(BEARER.length()).strip());
    }
}
