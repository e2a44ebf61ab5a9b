package io.herald.api;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import io.herald.api.analytics.Analytics;
import io.herald.api.attribution.Attribution;
import io.herald.api.attribution.AttributionSettings;
import io.herald.api.attribution.bots.BotClassifier;
import io.herald.api.attribution.ContentTarget;
import io.herald.api.attribution.ContentTargets;
import io.herald.api.auth.AuthArea;
import io.herald.api.auth.AuthSettings;
import io.herald.api.auth.tokens.SigningKeys;
import io.herald.api.cluster.ChangeFeed;
import io.herald.api.auth.CurrentUser;
import io.herald.api.challenges.ChallengesArea;
import io.herald.api.content.ContentArea;
import io.herald.api.content.ContentItem;
import io.herald.api.content.ContentLookup;
import io.herald.api.db.Database;
import io.herald.api.guidelines.GuidelinesArea;
import io.herald.api.limits.RateLimits;
import io.herald.api.lint.LintArea;
import io.herald.api.people.PeopleArea;
import io.herald.api.web.Area;
import io.herald.api.web.ClientAddress;
import io.herald.api.web.ExtensionCors;
import io.herald.api.web.ExtensionOrigins;
import io.herald.api.web.JsonBodies;
import io.herald.api.web.PublicUrl;
import io.herald.api.web.RequestDeadlines;
import io.helidon.config.Config;

/**
 * The running application without its web server: the shared pieces (database, JSON bodies, rate limits, the public
 * URL) and the areas, each built once from its settings and the areas before it ({@link Area}); {@link Main} serves
 * it; tests build one on a private in-memory database (and may give it a clock they can move).
 */
public final class Herald implements AutoCloseable {
    private final Config config;
    private final Path dataDir;
    private final Clock clock;
    private final Database database;
    private final RequestDeadlines requestDeadlines;
    private final JsonBodies jsonBodies;
    private final ExtensionCors extensionCors;
    private final RateLimits limits;
    private final PublicUrl publicUrl;

    private final PeopleArea people;
    private final AuthArea auth;
    private final ContentArea content;
    private final GuidelinesArea guidelines;
    private final LintArea lint;
    private final ChangeFeed changeFeed;
    private final Attribution attribution;
    private final Analytics analytics;
    private final ChallengesArea challenges;
    private boolean closed;

    private Herald(Config config, Path dataDir, Clock clock, FutureTask<Database> opening) {
        this.config = config;
        this.dataDir = dataDir;
        this.clock = clock;
        // While the database opens (start): the configuration, read once into settings, and what needs no database.
        this.requestDeadlines = RequestDeadlines.start(config);
        this.jsonBodies = JsonBodies.create(config, requestDeadlines);
        this.extensionCors = new ExtensionCors(ExtensionOrigins.from(config));
        ClientAddress clientAddress = ClientAddress.from(config);
        this.limits = RateLimits.from(config, clientAddress, clock);
        this.publicUrl = PublicUrl.from(config);
        AuthSettings authSettings = AuthSettings.from(config, publicUrl);
        ContentArea.Settings contentSettings = ContentArea.Settings.from(config);
        AttributionSettings attributionSettings = AttributionSettings.from(config, dataDir);
        Duration feedPollInterval = ChangeFeed.pollIntervalFrom(config);
        SigningKeys signingKeys = SigningKeys.load(authSettings, dataDir);
        BotClassifier bots = BotClassifier.create(attributionSettings.bots());
        warnOfDefaultPublicUrl(config, publicUrl);

        this.database = opened(opening);
        DataDirectory.narrowNewFiles(dataDir);
        people = PeopleArea.create(database, jsonBodies, clock, AuthArea.deactivation(authSettings));
        auth = AuthArea.start(authSettings, signingKeys, database, dataDir, jsonBodies, limits, clock, people);
        // Before the library and the links are loaded into memory: what other instances change from here on is
        // replayed to them. The wall clock, not the one tests move: heartbeats are compared across instances.
        changeFeed = ChangeFeed.join(database.client(), Clock.systemUTC(), feedPollInterval,
                                     identity(authSettings, signingKeys));
        content = ContentArea.create(contentSettings, database.client(), jsonBodies, clock);
        guidelines = GuidelinesArea.create(database.client(), contentSettings.allowLocalUrls(), jsonBodies, clock);
        lint = LintArea.create(guidelines.guidelines(), content.library(), publicUrl, jsonBodies, limits.lint());
        attribution = Attribution.start(attributionSettings, bots, database, jsonBodies,
                                        contentTargets(content.library()), limits, clientAddress, publicUrl, clock);
        content.library().onChange(attribution::contentChanged);
        attribution.follow(changeFeed);
        analytics = Analytics.create(database, attribution, jsonBodies, clock);
        challenges = ChallengesArea.create(database.client(), content.library(), people.teams(), jsonBodies, clock);
        changeFeed.start();
    }

    /**
     * On a database other instances can share (a URL is set), the default public URL is a trap: it comes from this
     * instance's own host and port, so instances on other ports or machines issue tokens under different names and
     * print links to themselves. Said once at start; {@code ChangeFeed.join} refuses to start next to a live instance
     * with another issuer.
     */
    private static void warnOfDefaultPublicUrl(Config config, PublicUrl publicUrl) {
        boolean sharedDatabase = config.get("db.connection.url").asString()
                .filter(url -> !url.toLowerCase(java.util.Locale.ROOT).startsWith("jdbc:h2:mem:")).isPresent();
        String own = "http://" + config.get("server.host").asString().orElse("127.0.0.1") + ":"
                     + config.get("server.port").asString().orElse("8080");
        if (sharedDatabase && publicUrl.text().equals(own)) {
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
        Path dataDir = Path.of(config.get("herald.data-dir").asString().orElse("data")).toAbsolutePath().normalize();
        DataDirectory.prepare(dataDir);
        // Opening the database (H2's first connection, the migrations) is the longest part of a start: it runs on its
        // own thread while the rest that needs no database is built (signing keys, the bot patterns, JSON).
        FutureTask<Database> opening = new FutureTask<>(() -> Database.open(config, dataDir));
        Thread.ofPlatform().name("herald-database-open").start(opening);
        try {
            return new Herald(config, dataDir, clock, opening);
        } catch (RuntimeException | Error e) {
            closeOnceOpen(opening, e);
            throw e;
        }
    }

    /** The database once it is open, or what stopped it from opening. */
    private static Database opened(FutureTask<Database> opening) {
        try {
            return opening.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error failure) {
                throw failure;
            }
            throw new IllegalStateException("Cannot open the database: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the database was opening", e);
        }
    }

    /** After a failed start: the database is closed once it has opened (if it does). */
    private static void closeOnceOpen(FutureTask<Database> opening, Throwable startFailure) {
        try {
            opened(opening).close();
        } catch (RuntimeException | Error e) {
            if (e != startFailure) {
                startFailure.addSuppressed(e);
            }
        }
    }

    /** Every area, in the order their routes are registered: attribution's redirect first (see there). */
    public List<Area> areas() {
        return List.of(attribution, auth, people, analytics, challenges, content, guidelines, lint);
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

    /** Where people reach Herald ({@code herald.public-url}). */
    public PublicUrl publicUrl() {
        return publicUrl;
    }

    public PeopleArea people() {
        return people;
    }

    public AuthArea auth() {
        return auth;
    }

    public ContentArea content() {
        return content;
    }

    public GuidelinesArea guidelines() {
        return guidelines;
    }

    /** What this instance tells and hears from the other instances on the database. */
    public ChangeFeed changeFeed() {
        return changeFeed;
    }

    public Attribution attribution() {
        return attribution;
    }

    /** Closes the areas that hold something (clicks in memory, the token purge), then the database. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        requestDeadlines.close();
        auth.close();
        changeFeed.close();
        attribution.close();
        database.close();
    }
}
