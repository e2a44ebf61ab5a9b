package io.herald.api;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import io.herald.api.analytics.Analytics;
import io.herald.api.attribution.Attribution;
import io.herald.api.attribution.ContentTarget;
import io.herald.api.attribution.ContentTargets;
import io.herald.api.auth.AuthSettings;
import io.herald.api.cluster.ChangeFeed;
import io.herald.api.challenges.Challenges;
import io.herald.api.challenges.ChallengesService;
import io.herald.api.auth.BearerTokenFilter;
import io.herald.api.auth.CurrentUser;
import io.herald.api.auth.SignIn;
import io.herald.api.auth.SignInCodeRepository;
import io.herald.api.auth.SignInCodes;
import io.herald.api.auth.SignInService;
import io.herald.api.auth.invites.FirstAdminInvite;
import io.herald.api.auth.invites.InviteRepository;
import io.herald.api.auth.invites.Invites;
import io.herald.api.auth.invites.InvitesService;
import io.herald.api.auth.tokens.AccessTokens;
import io.herald.api.auth.tokens.JwksService;
import io.herald.api.auth.tokens.RefreshTokens;
import io.herald.api.auth.tokens.TokenPurge;
import io.herald.api.auth.tokens.SigningKeys;
import io.herald.api.auth.tokens.TokenVerifier;
import io.herald.api.content.ContentItem;
import io.herald.api.content.ContentLookup;
import io.herald.api.content.ContentLibrary;
import io.herald.api.content.preview.HostResolver;
import io.herald.api.content.preview.PageFetcher;
import io.herald.api.content.preview.PagePreviews;
import io.herald.api.content.preview.PreviewService;
import io.herald.api.content.preview.PreviewSettings;
import io.herald.api.db.Database;
import io.herald.api.guidelines.EngineGuidelineValidator;
import io.herald.api.guidelines.Guidelines;
import io.herald.api.limits.RateLimits;
import io.herald.api.lint.Linter;
import io.herald.api.people.MeService;
import io.herald.api.people.TeamRepository;
import io.herald.api.people.Teams;
import io.herald.api.people.TeamsService;
import io.herald.api.people.UserChanges;
import io.herald.api.people.UserRepository;
import io.herald.api.people.UsersService;
import io.herald.api.web.ClientAddress;
import io.herald.api.web.ExtensionCors;
import io.herald.api.web.ExtensionOrigins;
import io.herald.api.web.JsonBodies;
import io.herald.api.web.RequestDeadlines;
import io.helidon.config.Config;

/**
 * The running application without its web server: the database and every service, wired once. {@link Main} serves it;
 * tests build one on a private in-memory database (and may give it a clock they can move).
 */
public final class Herald implements AutoCloseable {
    private final Config config;
    private final Path dataDir;
    private final Clock clock;
    private final Database database;
    private final RequestDeadlines requestDeadlines;
    private final JsonBodies jsonBodies;
    private final ExtensionCors extensionCors;
    private final ClientAddress clientAddress;
    private final RateLimits limits;

    private final AuthSettings authSettings;
    private final AccessTokens accessTokens;
    private final TokenVerifier tokenVerifier;
    private final Teams teams;
    private final Invites invites;
    private final SignIn signIn;
    private final SignInCodes signInCodes;
    private final TokenPurge tokenPurge;
    private final ChangeFeed changeFeed;
    private final Optional<FirstAdminInvite> firstAdminInvite;

    private final BearerTokenFilter bearerTokenFilter;
    private final JwksService jwksService;
    private final SignInService signInService;
    private final InvitesService invitesService;
    private final UsersService usersService;
    private final MeService meService;
    private final TeamsService teamsService;
    private final ContentLibrary content;
    private final Guidelines guidelines;
    private final Linter lint;
    private final Attribution attribution;
    private final Analytics analytics;
    private final ChallengesService challenges;
    private final PreviewService previews;
    private boolean closed;

    private Herald(Config config, Path dataDir, Clock clock, Database database,
                   Optional<ContentTargets> contentTargets) {
        this.config = config;
        this.dataDir = dataDir;
        this.clock = clock;
        this.database = database;
        this.requestDeadlines = RequestDeadlines.start(config);
        this.jsonBodies = JsonBodies.create(config, requestDeadlines);
        this.extensionCors = new ExtensionCors(ExtensionOrigins.from(config));
        this.clientAddress = ClientAddress.from(config);
        this.limits = RateLimits.from(config, clientAddress, clock);

        authSettings = AuthSettings.from(config);
        SigningKeys signingKeys = SigningKeys.load(authSettings, dataDir);
        warnOfDefaultPublicUrl(config);
        // Before anything is loaded into memory: what other instances change from here on is replayed to it.
        // The wall clock, not the one tests move: heartbeats are compared across instances.
        changeFeed = ChangeFeed.join(database.client(), Clock.systemUTC(), config,
                                     identity(authSettings, signingKeys));
        accessTokens = new AccessTokens(signingKeys, authSettings, clock);
        tokenVerifier = new TokenVerifier(signingKeys.publicKeys(), authSettings.issuer(), authSettings.audience(),
                                          clock);
        RefreshTokens refreshTokens = new RefreshTokens(authSettings.refreshTokenLifetime());
        UserRepository users = new UserRepository();
        TeamRepository teamRepository = new TeamRepository();
        InviteRepository inviteRepository = new InviteRepository();
        SignInCodeRepository signInCodeRepository = new SignInCodeRepository();
        UserChanges userChanges = new UserChanges(database.client(), clock, users, teamRepository, refreshTokens,
                                                  signInCodeRepository);
        teams = new Teams(database.client(), clock, teamRepository);
        invites = new Invites(database.client(), clock, authSettings.inviteLifetime(), inviteRepository, users,
                              teamRepository, userChanges);
        signIn = new SignIn(database.client(), clock, inviteRepository, signInCodeRepository, users, refreshTokens,
                            accessTokens);
        signInCodes = new SignInCodes(database.client(), clock, authSettings.signInCodeLifetime(),
                                      signInCodeRepository, users);
        tokenPurge = TokenPurge.start(database.client(), refreshTokens, clock, authSettings.purgeInterval());
        firstAdminInvite = FirstAdminInvite.createIfEmpty(database.client(), clock, inviteRepository, invites,
                                                          dataDir);

        bearerTokenFilter = new BearerTokenFilter(tokenVerifier, database, users);
        jwksService = new JwksService(signingKeys);
        signInService = new SignInService(signIn, signInCodes, jsonBodies, limits);
        invitesService = new InvitesService(invites, jsonBodies);
        usersService = new UsersService(database, users, userChanges, jsonBodies, clock);
        meService = new MeService(database, users);
        teamsService = new TeamsService(teams, jsonBodies);
        boolean allowLocalUrls = config.get("herald.content.allow-local-urls").asBoolean().orElse(false);
        content = ContentLibrary.create(database.client(), clock, allowLocalUrls);
        guidelines = Guidelines.create(database.client(), new EngineGuidelineValidator(allowLocalUrls), clock);
        lint = new Linter(guidelines, content, publicUrl(config) + "/r/");
        attribution = Attribution.start(config, database, dataDir, jsonBodies,
                                        contentTargets.orElseGet(() -> contentTargets(content)), limits,
                                        clientAddress, clock);
        content.onChange(attribution::contentChanged);
        attribution.follow(changeFeed);
        analytics = Analytics.create(database, attribution, jsonBodies, clock);
        challenges = new ChallengesService(Challenges.create(database.client(), content, teams, clock), jsonBodies);
        previews = new PreviewService(new PagePreviews(new PageFetcher(PreviewSettings.from(config),
                                                                       HostResolver.SYSTEM), allowLocalUrls),
                                      jsonBodies);
        changeFeed.start();
    }

    /**
     * On a database other instances can share (a URL is set), the default public URL is a trap: it comes from this
     * instance's own host and port, so instances on other ports or machines issue tokens under different names and
     * print links to themselves. Said once at start; {@code ChangeFeed.join} refuses to start next to a live instance
     * with another issuer.
     */
    private static void warnOfDefaultPublicUrl(Config config) {
        boolean sharedDatabase = config.get("db.connection.url").asString()
                .filter(url -> !url.toLowerCase(java.util.Locale.ROOT).startsWith("jdbc:h2:mem:")).isPresent();
        String own = "http://" + config.get("server.host").asString().orElse("127.0.0.1") + ":"
                     + config.get("server.port").asString().orElse("8080");
        if (sharedDatabase && publicUrl(config).equals(own)) {
            System.getLogger(Herald.class.getName()).log(
                    System.Logger.Level.WARNING,
                    "herald.public-url is not set, so it is this instance's own address (" + own + "): tracked links "
                    + "and the token issuer name it. With several instances on this database, set herald.public-url "
                    + "(HERALD_PUBLIC_DASH_URL) to the load balancer's address on every one (docs/multi-instance.md).");
        }
    }

    /** The tokens this instance issues and the keys it verifies, for the instances on the same database to compare. */
    private static ChangeFeed.Identity identity(AuthSettings settings, SigningKeys keys) {
        Set<String> kids = new TreeSet<>();
        keys.publicKeys().getKeys().forEach(key -> kids.add(key.getKeyID()));
        return new ChangeFeed.Identity(settings.issuer(), keys.signingKey().getKeyID(), kids);
    }

    /** What attribution reads of the library: where an item's links lead, and whether new links may be made. */
    private static ContentTargets contentTargets(ContentLookup library) {
        return new ContentTargets() {
            @Override
            public Optional<ContentTarget> find(String contentId) {
                return library.find(contentId).map(Herald::target);
            }

            @Override
            public Optional<ContentTarget> shareable(String contentId, CurrentUser employee) {
                return library.findVisible(contentId, employee).map(Herald::target);
            }
        };
    }

    private static ContentTarget target(ContentItem item) {
        return new ContentTarget(item.id(), item.canonicalUrl(), item.slug(), item.kind().id(), item.status().id(),
                                 item.expiresAt());
    }

    public static Herald start(Config config) {
        return start(config, Clock.systemUTC());
    }

    public static Herald start(Config config, Clock clock) {
        return start(config, Optional.empty(), clock);
    }

    /** With a library of the test's own in place of the content repository (attribution tests). */
    public static Herald start(Config config, ContentTargets contentTargets, Clock clock) {
        return start(config, Optional.of(contentTargets), clock);
    }

    private static Herald start(Config config, Optional<ContentTargets> contentTargets, Clock clock) {
        Path dataDir = Path.of(config.get("herald.data-dir").asString().orElse("data")).toAbsolutePath().normalize();
        DataDirectory.prepare(dataDir);
        Database database = Database.open(config, dataDir);
        DataDirectory.narrowNewFiles(dataDir);
        try {
            return new Herald(config, dataDir, clock, database, contentTargets);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    public Config config() {
        return config;
    }

    public Path dataDir() {
        return dataDir;
    }

    public Clock clock() {
        return clock;
    }

    public Database database() {
        return database;
    }

    public JsonBodies jsonBodies() {
        return jsonBodies;
    }

    /** CORS for the browser extension's origins on /api/v1 ({@code herald.cors.extension-origins}). */
    public ExtensionCors extensionCors() {
        return extensionCors;
    }

    /** The time limits on receiving a request's headers and body (the server's HTTP/1 listener and filter). */
    public RequestDeadlines requestDeadlines() {
        return requestDeadlines;
    }

    /** Who sent a request: the socket's peer or the trusted hops of X-Forwarded-For. */
    public ClientAddress clientAddress() {
        return clientAddress;
    }

    /** The rate limits ({@code herald.limits}). */
    public RateLimits limits() {
        return limits;
    }

    public AuthSettings authSettings() {
        return authSettings;
    }

    public AccessTokens accessTokens() {
        return accessTokens;
    }

    public TokenVerifier tokenVerifier() {
        return tokenVerifier;
    }

    public Teams teams() {
        return teams;
    }

    public Invites invites() {
        return invites;
    }

    public SignIn signIn() {
        return signIn;
    }

    public SignInCodes signInCodes() {
        return signInCodes;
    }

    /** The background purge of expired refresh tokens (tests run it with {@link TokenPurge#purgeNow}). */
    public TokenPurge tokenPurge() {
        return tokenPurge;
    }

    /** The first admin invite, when this start created one (an empty database); its code is shown once. */
    public Optional<FirstAdminInvite> firstAdminInvite() {
        return firstAdminInvite;
    }

    public BearerTokenFilter bearerTokenFilter() {
        return bearerTokenFilter;
    }

    public JwksService jwksService() {
        return jwksService;
    }

    public SignInService signInService() {
        return signInService;
    }

    public InvitesService invitesService() {
        return invitesService;
    }

    public UsersService usersService() {
        return usersService;
    }

    public MeService meService() {
        return meService;
    }

    public TeamsService teamsService() {
        return teamsService;
    }

    public ContentLibrary content() {
        return content;
    }

    public Guidelines guidelines() {
        return guidelines;
    }

    public Linter lint() {
        return lint;
    }

    /** Where people reach Herald ({@code herald.public-url}), without a trailing slash. */
    public static String publicUrl(Config config) {
        return config.get("herald.public-url").asString().orElse("http://127.0.0.1:8080").replaceAll("/+$", "");
    }

    /** The library as other areas read it (tracked links, the guideline engine's URL lists, team deletion). */
    public ContentLookup contentLookup() {
        return content;
    }

    /** What this instance tells and hears from the other instances on the database. */
    public ChangeFeed changeFeed() {
        return changeFeed;
    }

    public Attribution attribution() {
        return attribution;
    }

    public Analytics analytics() {
        return analytics;
    }

    /** {@code /api/v1/content/preview} */
    public PreviewService previews() {
        return previews;
    }

    /** {@code /api/v1/challenges} */
    public ChallengesService challenges() {
        return challenges;
    }

    /** Flushes what is held in memory (clicks), then closes the database. Safe to call more than once. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        requestDeadlines.close();
        changeFeed.close();
        tokenPurge.close();
        attribution.close();
        database.close();
    }
}
