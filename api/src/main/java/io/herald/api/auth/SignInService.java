package io.herald.api.auth;

import io.herald.api.limits.RateLimits;
import io.herald.api.web.AccessRules;
import io.herald.api.web.ApiService;
import io.herald.api.web.JsonBodies;
import io.herald.api.web.Responses;
import io.helidon.http.Header;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/**
 * {@code /api/v1/auth}: redeem an invite or a sign-in code, refresh, sign out; none of these needs an access token, the
 * code or the refresh token in the body is the credential. And make a sign-in code for another browser, which does.
 */
public final class SignInService implements ApiService {
    /** Tokens in an answer must not be kept by any cache, shared or private (RFC 6749 §5.1). */
    private static final Header NO_STORE = HeaderValues.createCached(HeaderNames.CACHE_CONTROL, "no-store");

    private final SignIn signIn;
    private final SignInCodes signInCodes;
    private final JsonBodies bodies;
    private final RateLimits limits;

    public SignInService(SignIn signIn, SignInCodes signInCodes, JsonBodies bodies, RateLimits limits) {
        this.signIn = signIn;
        this.signInCodes = signInCodes;
        this.bodies = bodies;
        this.limits = limits;
    }

    @Override
    public void routing(AccessRules rules) {
        rules.anyone().post("/redeem", this::redeem)
                .post("/refresh", this::refresh)
                .post("/logout", this::logout);
        rules.signedIn().post("/sign-in-codes", this::issueSignInCode);
    }

    private void redeem(ServerRequest req, ServerResponse res) {
        limits.redeem().byAddress(req);
        Session session = signIn.redeem(bodies.read(req, RedeemRequest.class));
        res.header(NO_STORE);
        Responses.json(res, session);
    }

    private void refresh(ServerRequest req, ServerResponse res) {
        limits.refresh().byAddress(req);
        Session session = signIn.refresh(bodies.read(req, RefreshRequest.class).refreshToken());
        res.header(NO_STORE);
        Responses.json(res, session);
    }

    /** 201 with the code, which is a credential: no cache may keep the answer. */
    private void issueSignInCode(ServerRequest req, ServerResponse res) {
        IssuedSignInCode code = signInCodes.issue(CurrentUser.of(req));
        res.header(HeaderNames.CACHE_CONTROL, "no-store");
        Responses.json(res, Status.CREATED_201, code);
    }

    /** Always 204, known token or not: signing out must not reveal which tokens exist. */
    private void logout(ServerRequest req, ServerResponse res) {
        signIn.logout(bodies.read(req, RefreshRequest.class).refreshToken());
        Responses.noContent(res);
    }
}
