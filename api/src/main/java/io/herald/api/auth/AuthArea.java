package io.herald.api.auth;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

import io.herald.api.auth.invites.FirstAdminInvite;
import io.herald.api.auth.invites.InviteRepository;
import io.herald.api.auth.invites.Invites;
import io.herald.api.auth.invites.InvitesService;
import io.herald.api.auth.tokens.AccessTokens;
import io.herald.api.auth.tokens.JwksService;
import io.herald.api.auth.tokens.RefreshTokens;
import io.herald.api.auth.tokens.SigningKeys;
import io.herald.api.auth.tokens.TokenPurge;
import io.herald.api.auth.tokens.TokenVerifier;
import io.herald.api.db.Database;
import io.herald.api.limits.RateLimits;
import io.herald.api.people.Deactivation;
import io.herald.api.people.PeopleArea;
import io.herald.api.people.TeamRepository;
import io.herald.api.people.UserRepository;
import io.herald.api.web.Area;
import io.herald.api.web.JsonBodies;
import io.herald.api.web.Routes;

/**
 * Sign-in: keys and tokens, invites (and the first admin's), sign-in codes, who sent a request
 * ({@link Authentication}), and {@code /.well-known}, {@code /api/v1/auth}, {@code /invites}, {@code /me}.
 */
public final class AuthArea implements Area, AutoCloseable {
    private final AuthSettings settings;
    private final SigningKeys signingKeys;
    private final AccessTokens accessTokens;
    private final TokenVerifier tokenVerifier;
    private final Invites invites;
    private final SignIn signIn;
    private final TokenPurge tokenPurge;
    private final Optional<FirstAdminInvite> firstAdminInvite;
    private final Authentication authentication;
    private final JwksService jwksService;
    private final SignInService signInService;
    private final InvitesService invitesService;
    private final MeService meService;

    private AuthArea(AuthSettings settings, SigningKeys signingKeys, Database database, Path dataDir,
                     JsonBodies bodies, RateLimits limits, Clock clock, PeopleArea people) {
        this.settings = settings;
        this.signingKeys = signingKeys;
        accessTokens = new AccessTokens(signingKeys, settings, clock);
        tokenVerifier = new TokenVerifier(signingKeys.publicKeys(), settings.issuer(), settings.audience(), clock);
        RefreshTokens refreshTokens = new RefreshTokens(settings.refreshTokenLifetime());
        UserRepository users = new UserRepository();
        InviteRepository inviteRepository = new InviteRepository();
        SignInCodeRepository signInCodeRepository = new SignInCodeRepository();
        invites = new Invites(database.client(), clock, settings.inviteLifetime(), inviteRepository, users,
                              new TeamRepository(), people.userChanges());
        signIn = new SignIn(database.client(), clock, inviteRepository, signInCodeRepository, users, refreshTokens,
                            accessTokens);
        SignInCodes signInCodes = new SignInCodes(database.client(), clock, settings.signInCodeLifetime(),
                                                  signInCodeRepository, users);
        tokenPurge = TokenPurge.start(database.client(), refreshTokens, clock, settings.purgeInterval());
        firstAdminInvite = FirstAdminInvite.createIfEmpty(database.client(), clock, inviteRepository, invites,
                                                          dataDir);
        authentication = new Authentication(tokenVerifier, database, users);
        jwksService = new JwksService(signingKeys);
        signInService = new SignInService(signIn, signInCodes, bodies, limits);
        invitesService = new InvitesService(invites, bodies);
        meService = new MeService(database, users);
    }

    /**
     * @param signingKeys {@code SigningKeys.load(settings, dataDir)}, which the caller loads while the database opens
     * @param people      whose users sign in, and whom invites create
     */
    public static AuthArea start(AuthSettings settings, SigningKeys signingKeys, Database database, Path dataDir,
                                 JsonBodies bodies, RateLimits limits, Clock clock, PeopleArea people) {
        return new AuthArea(settings, signingKeys, database, dataDir, bodies, limits, clock, people);
    }

    /** What people's deactivation does to sign-in, given to people before sign-in is built (it needs people). */
    public static Deactivation deactivation(AuthSettings settings) {
        return new EndedSessions(new RefreshTokens(settings.refreshTokenLifetime()), new SignInCodeRepository());
    }

    @Override
    public void routes(Routes routes) {
        routes.register("/.well-known", jwksService)
                .register("/api/v1/auth", signInService)
                .register("/api/v1/invites", invitesService)
                .register("/api/v1/me", meService);
    }

    public AuthSettings settings() {
        return settings;
    }

    /** Checks the caller of every route for signed-in people or admins. */
    public Authentication authentication() {
        return authentication;
    }

    /** The keys this instance signs with and verifies, which the instances on one database must share. */
    public SigningKeys signingKeys() {
        return signingKeys;
    }

    public AccessTokens accessTokens() {
        return accessTokens;
    }

    public TokenVerifier tokenVerifier() {
        return tokenVerifier;
    }

    public Invites invites() {
        return invites;
    }

    public SignIn signIn() {
        return signIn;
    }

    /** The background purge of expired refresh tokens (tests run it with {@link TokenPurge#purgeNow}). */
    public TokenPurge tokenPurge() {
        return tokenPurge;
    }

    /** The first admin invite, when this start created one (an empty database); its code is shown once. */
    public Optional<FirstAdminInvite> firstAdminInvite() {
        return firstAdminInvite;
    }

    @Override
    public void close() {
        tokenPurge.close();
    }
}
