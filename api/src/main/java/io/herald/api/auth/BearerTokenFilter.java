package io.herald.api.auth;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.herald.api.auth.tokens.InvalidTokenException;
import io.herald.api.auth.tokens.TokenVerifier;
import io.herald.api.auth.tokens.VerifiedToken;
import io.herald.api.db.Database;
import io.herald.api.people.User;
import io.herald.api.people.UserRepository;
import io.herald.api.people.UserStatus;
import io.helidon.common.context.Context;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;

/**
 * Establishes who sent a request: verifies its {@code Authorization: Bearer} access token and loads the user, then
 * puts a {@link CurrentUser} in the request context, or an {@link AuthFailure} saying why not. It never answers a
 * request itself; {@link Access} turns a missing user into 401 on protected endpoints only, so a stale token does not
 * break public ones.
 *
 * <p>The user is read on every request because deactivation and demotion must take effect at once, not when the
 * access token expires: the role comes from the database, not from the token.
 */
public final class BearerTokenFilter implements Filter {
    /**
     * Public paths: they never read a token, so they never pay for verifying one. Conversions read a site's secret key
     * from {@code Authorization: Bearer}, which is no access token.
     */
    private static final List<String> PUBLIC_PREFIXES = List.of("/r/", "/observe", "/openapi", "/.well-known",
                                                                "/api/v1/conversions");
    private static final String BEARER = "bearer ";

    private final TokenVerifier verifier;
    private final Database database;
    private final UserRepository users;

    public BearerTokenFilter(TokenVerifier verifier, Database database, UserRepository users) {
        this.verifier = verifier;
        this.database = database;
        this.users = users;
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
        Optional<String> authorization = req.headers().first(HeaderNames.AUTHORIZATION);
        if (authorization.isPresent() && !isPublic(req.path().path())) {
            authenticate(authorization.get(), req.context());
        }
        chain.proceed();
    }

    private void authenticate(String authorization, Context context) {
        Optional<String> token = token(authorization);
        if (token.isEmpty()) {
            context.register(new AuthFailure("Send the access token as 'Authorization: Bearer <token>'."));
            return;
        }
        VerifiedToken verified;
        try {
            verified = verifier.verify(token.get());
        } catch (InvalidTokenException e) {
            context.register(new AuthFailure("The access token was refused: " + e.getMessage()));
            return;
        }
        Optional<User> user = users.find(database.client().execute(), verified.userId());
        if (user.isEmpty()) {
            context.register(new AuthFailure("The access token names an account that does not exist."));
        } else if (user.get().status() != UserStatus.ACTIVE) {
            context.register(new AuthFailure("This account has been deactivated."));
        } else if (issuedByDeactivation(verified, user.get())) {
            context.register(new AuthFailure("This access token was issued before the account was deactivated; "
                                             + "sign in again."));
        } else {
            context.register(user.get().asCurrentUser());
        }
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

    private static boolean isPublic(String path) {
        for (String prefix : PUBLIC_PREFIXES) {
            if (path.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
