package io.herald.api.cluster;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

import io.herald.api.db.ConstraintViolations;
import io.herald.api.db.Rows;
import io.helidon.config.Config;
import io.helidon.dbclient.DbClient;

/**
 * What one instance changes that every instance keeps in memory, passed on through the shared database, the only thing
 * instances share (no server of its own to run).
 *
 * <ul>
 *   <li>{@link #publish} adds a row to {@code change_log} after the change itself is committed; every instance reads
 *       the rows after the last one it handled every {@code herald.cluster.poll-interval} (0.5 s) and calls the
 *       listeners of their kind, on this feed's one thread, in order. A change reaches every instance within about
 *       the poll interval plus what its listener does (see docs/multi-instance.md for the figures).</li>
 *   <li>Each instance has a row in {@code herald_instances}, written at start and at every poll: the last change it
 *       handled (its listeners returned) and when it last polled. {@link #awaitHandled} waits until every live
 *       instance has handled a change: an erasure uses it to know that no instance still writes the old link owners.
 *   </li>
 *   <li>At start the instance refuses a set-up whose tokens the live instances would refuse, or the reverse: another
 *       issuer ({@code herald.public-url}), or a signing key the other side cannot verify.</li>
 * </ul>
 */
public final class ChangeFeed implements AutoCloseable {
    /** A content item's URL, slug or status changed; subject: its id. */
    public static final String CONTENT = "content";
    /** A link was created; subject: its code. */
    public static final String LINK = "link";
    /** Links lost their owner (an erasure); no subject: the change log never names a person. */
    public static final String OWNERS = "owners";

    private static final System.Logger LOG = System.getLogger(ChangeFeed.class.getName());
    /** An instance whose heartbeat is older than this is taken for stopped (crashed, or hung). */
    static final Duration LIVE = Duration.ofSeconds(10);
    private static final Duration KEEP_CHANGES = Duration.ofDays(1);
    private static final Duration PURGE_EVERY = Duration.ofMinutes(10);
    private static final int PUBLISH_ATTEMPTS = 50;

    private final DbClient client;
    private final Clock clock;
    private final Duration pollInterval;
    private final Identity identity;
    private final String instanceId = UUID.randomUUID().toString();
    private final Map<String, List<Consumer<Optional<String>>>> listeners = new ConcurrentHashMap<>();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long handled;
    private volatile long lastPoll = System.nanoTime();
    private long nextPurge;
    private boolean warned;

    /**
     * Who this instance is to the others: the tokens it issues and the keys it verifies with.
     *
     * @param issuer     the {@code iss} of its access tokens
     * @param signingKid the key that signs them
     * @param verifyKids every key that verifies (the signing key included)
     */
    public record Identity(String issuer, String signingKid, Set<String> verifyKids) {
    }

    private ChangeFeed(DbClient client, Clock clock, Duration pollInterval, Identity identity, long handled) {
        this.client = client;
        this.identity = identity;
        this.clock = clock;
        this.pollInterval = pollInterval;
        this.handled = handled;
        this.thread = Thread.ofPlatform().name("herald-change-feed").daemon(true).unstarted(this::run);
    }

    /**
     * How often the feed is read ({@code herald.cluster.poll-interval}), read once at start: more than 0 and at most
     * a second, so that changes reach every instance within 2 seconds.
     */
    public static Duration pollIntervalFrom(Config config) {
        Duration poll = config.get("herald.cluster.poll-interval").as(Duration.class).orElse(Duration.ofMillis(500));
        if (poll.isNegative() || poll.isZero() || poll.compareTo(Duration.ofSeconds(1)) > 0) {
            throw new IllegalStateException("herald.cluster.poll-interval must be more than 0 and at most PT1S (changes"
                                            + " must reach every instance within 2 seconds); it is " + poll);
        }
        return poll;
    }

    /**
     * Joins the instances on this database: checks that this one's tokens and theirs are accepted both ways, and
     * registers it, handled up to the latest change (what this instance loads after this call is newer). Listeners
     * are added next, then {@link #start()}.
     */
    public static ChangeFeed join(DbClient client, Clock clock, Duration poll, Identity identity) {
        long now = clock.millis();
        long latest = client.execute().namedGet("change-latest").map(row -> Rows.number(row, "id")).orElse(0L);
        checkCompatible(client, identity, now);
        ChangeFeed feed = new ChangeFeed(client, clock, poll, identity, latest);
        feed.register(now);
        LOG.log(Level.INFO, "Change feed: instance " + feed.instanceId + " joined at change " + latest
                            + ", polling every " + poll.toMillis() + " ms");
        return feed;
    }

    /** Calls {@code listener} (on the feed's thread) with the subject of every change of this kind, in order. */
    public void on(String kind, Consumer<Optional<String>> listener) {
        listeners.computeIfAbsent(kind, k -> new CopyOnWriteArrayList<>()).add(listener);
    }

    /** Starts polling, once the listeners are in place. */
    public void start() {
        thread.start();
    }

    /**
     * Tells every instance (this one too) about a change already committed; returns its id, for {@link #awaitHandled}.
     * Two instances publishing at once collide on the id and the later one tries again.
     */
    public long publish(String kind, Optional<String> subject) {
        RuntimeException last = null;
        for (int attempt = 0; attempt < PUBLISH_ATTEMPTS; attempt++) {
            try {
                client.execute().namedInsert("change-publish", kind, subject.orElse(null), clock.millis());
                return client.execute().namedGet("change-latest-of-kind", kind)
                        .map(row -> Rows.number(row, "id")).orElse(0L);
            } catch (RuntimeException e) {
                if (!ConstraintViolations.isViolation(e)) {
                    throw e;
                }
                last = e;
                LockSupport.parkNanos(1_000_000L * (1 + attempt % 5));
            }
        }
        throw last;
    }

    /**
     * Waits until every live instance (a heartbeat in the last {@link #LIVE}) has handled change {@code change}: its
     * listeners returned. Returns whether they all did within {@code timeout}.
     */
    public boolean awaitHandled(long change, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long behind = client.execute().namedGet("instances-behind", clock.millis() - LIVE.toMillis(), change)
                    .map(row -> Rows.number(row, "n")).orElse(0L);
            if (behind == 0) {
                return true;
            }
            if (System.nanoTime() > deadline) {
                return false;
            }
            LockSupport.parkNanos(50_000_000L);
        }
    }

    /**
     * Whether this instance polled the feed successfully within twice the poll interval (and at most 2 s): while it
     * does, what it keeps in memory is at most that old; a cache should be re-read when it is not.
     */
    public boolean fresh() {
        long limit = Math.min(pollInterval.toNanos() * 2 + 200_000_000L, 2_000_000_000L);
        return System.nanoTime() - lastPoll < limit;
    }

    /** The last change this instance handled. */
    public long handled() {
        return handled;
    }

    /** Stops polling and leaves the register of instances. */
    @Override
    public void close() {
        running = false;
        LockSupport.unpark(thread);
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            client.execute().namedDelete("instance-delete", instanceId);
        } catch (RuntimeException e) {
            LOG.log(Level.DEBUG, "Cannot leave the register of instances: " + e);
        }
    }

    private void run() {
        while (running) {
            long started = System.nanoTime();
            try {
                poll();
                lastPoll = started;
                if (warned) {
                    warned = false;
                    LOG.log(Level.INFO, "Change feed: polling again");
                }
            } catch (RuntimeException e) {
                if (!warned) {
                    warned = true;
                    LOG.log(Level.WARNING, "Change feed: cannot poll the database (" + e + "); caches are re-read "
                                           + "until it can");
                }
            }
            long left = pollInterval.toNanos() - (System.nanoTime() - started);
            if (left > 0 && running) {
                LockSupport.parkNanos(left);
            }
        }
    }

    /** Reads and handles the changes after the last one handled, then says so in this instance's row. */
    void poll() {
        List<Change> changes = client.execute().namedQuery("change-after", handled)
                .map(row -> new Change(Rows.number(row, "id"), Rows.string(row, "kind"),
                                       Rows.optionalString(row, "subject")))
                .toList();
        for (Change change : changes) {
            for (Consumer<Optional<String>> listener : listeners.getOrDefault(change.kind, List.of())) {
                try {
                    listener.accept(change.subject);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Change feed: a listener of " + change.kind + " failed: " + e);
                }
            }
            handled = change.id;
        }
        long now = clock.millis();
        long updated = client.execute().namedUpdate("instance-heartbeat", handled, now, instanceId);
        if (updated == 0) {
            // Purged as stopped after a long pause: back in the register (the live ones were checked at start).
            register(now);
        }
        if (now >= nextPurge) {
            nextPurge = now + PURGE_EVERY.toMillis();
            client.execute().namedDelete("change-purge", now - KEEP_CHANGES.toMillis());
            client.execute().namedDelete("instances-purge", now - KEEP_CHANGES.toMillis());
        }
    }

    private void register(long now) {
        client.execute().namedInsert("instance-insert", instanceId, now, now, handled, identity.issuer(),
                                     identity.signingKid(), String.join(" ", new TreeSet<>(identity.verifyKids())));
    }

    private record Change(long id, String kind, Optional<String> subject) {
    }

    private static void checkCompatible(DbClient client, Identity mine, long now) {
        client.execute().namedQuery("instances-live", now - LIVE.toMillis()).forEach(row -> {
            String issuer = Rows.string(row, "issuer");
            String signingKid = Rows.string(row, "signing_kid");
            Set<String> verifies = Set.copyOf(Arrays.asList(Rows.string(row, "verify_kids").split(" ")));
            if (!issuer.equals(mine.issuer())) {
                throw new IllegalStateException(
                        "Another Herald instance on this database issues access tokens as " + issuer + ", this one as "
                        + mine.issuer() + ": each would refuse the other's tokens. Set herald.public-url "
                        + "(HERALD_PUBLIC_DASH_URL) to the same public address on every instance (the load "
                        + "balancer's); see docs/multi-instance.md.");
            }
            if (!mine.verifyKids().contains(signingKid) || !verifies.contains(mine.signingKid())) {
                throw new IllegalStateException(
                        "Another Herald instance on this database signs access tokens with key " + signingKid
                        + " and verifies with " + verifies + "; this one signs with " + mine.signingKid()
                        + " and verifies with " + mine.verifyKids() + ": tokens of one would be refused by the other. "
                        + "Give every instance the same herald.auth.jwks-file (HERALD_AUTH_JWKS_DASH_FILE); see "
                        + "docs/multi-instance.md.");
            }
        });
    }
}
