package io.herald.api.attribution.redirect;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import io.herald.api.attribution.ContentTarget;
import io.herald.api.attribution.ContentTargets;
import io.herald.api.attribution.links.Link;
import io.herald.api.attribution.links.LinkCodes;
import io.herald.api.attribution.links.LinkRepository;
import io.herald.common.platform.Platform;
import io.helidon.dbclient.DbClient;
import io.herald.api.web.ApiException;

/**
 * Every link code and where it leads, in memory, so the redirect never waits for the database.
 *
 * <ul>
 *   <li>All links are loaded at start; a new link is added by the request that creates it.</li>
 *   <li>Destinations are shared per content item and refreshed in the background once older than
 *       {@code herald.redirect.target-refresh} (or at once after {@link #contentChanged}); the stale one is served
 *       meanwhile.</li>
 *   <li>A code that is not in memory gets one database lookup, because another Herald instance on the same database
 *       may have just created it. That path cannot be used to hammer the database: malformed codes are refused
 *       without a lookup, unknown codes are remembered for {@code herald.redirect.unknown-code-ttl} (forgotten at
 *       once when another instance says it created that code, {@link #linkCreated}), visits of a code already being
 *       looked up wait for that lookup instead of making their own, and at most {@value #CONCURRENT_MISSES} lookups
 *       run at a time. The others wait their turn in a bounded queue ({@value #MAX_WAITING_MISSES} visits, up to
 *       {@link #MISS_WAIT}): a link that exists is never a 404 because of load; past the queue or the wait the answer
 *       is a 503 with {@code Retry-After}. Before a lookup, the caller's {@link LookupGuard} may refuse it (the
 *       per-address rate limit of unknown codes); visits that join a lookup already running are not charged.</li>
 * </ul>
 */
public final class RedirectTable implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(RedirectTable.class.getName());
    private static final int CONCURRENT_MISSES = 2;
    private static final int MAX_WAITING_MISSES = 1_000;
    static final Duration MISS_WAIT = Duration.ofSeconds(3);
    private static final int MAX_UNKNOWN = 10_000;

    private final DbClient client;
    private final LinkRepository links;
    private final ContentTargets targets;
    private final Clock clock;
    private final long refreshMillis;
    private final long unknownMillis;
    private final Map<String, Entry> byCode = new ConcurrentHashMap<>();
    private final Map<String, Slot> byContent = new ConcurrentHashMap<>();
    private final Map<String, Long> unknownUntil = new ConcurrentHashMap<>();
    private final Semaphore misses = new Semaphore(CONCURRENT_MISSES, true);
    private final AtomicInteger waitingMisses = new AtomicInteger();
    private final Map<String, CompletableFuture<Optional<Entry>>> lookups = new ConcurrentHashMap<>();
    private volatile Consumer<String> created = code -> { };
    private final ExecutorService refresher = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("herald-redirect-refresh").daemon(true).factory());

    /** A link as the redirect needs it. */
    public record Entry(String linkId, String code, Platform platform, Slot slot) {
        /** Where the link leads now; empty when its content item is gone or has no usable URL. */
        public Optional<Destination> destination() {
            return slot.destination;
        }
    }

    /** A content item's destination, shared by all its links and replaced in place when refreshed. */
    public static final class Slot {
        private final String contentId;
        private final AtomicBoolean refreshing = new AtomicBoolean();
        private final AtomicBoolean stale = new AtomicBoolean();
        private volatile Optional<Destination> destination = Optional.empty();
        private volatile long loadedAt;

        Slot(String contentId) {
            this.contentId = contentId;
        }
    }

    public RedirectTable(DbClient client, LinkRepository links, ContentTargets targets, Clock clock, Duration refresh,
                         Duration unknownTtl) {
        this.client = client;
        this.links = links;
        this.targets = targets;
        this.clock = clock;
        this.refreshMillis = refresh.toMillis();
        this.unknownMillis = unknownTtl.toMillis();
    }

    /** Loads every link and its destination; called once at start, before the server takes requests. */
    public RedirectTable load() {
        for (Link link : links.all(client.execute())) {
            add(link);
        }
        LOG.log(Level.INFO, "Redirect: " + byCode.size() + " links to " + byContent.size() + " content items cached");
        return this;
    }

    /**
     * Asked before a code this table does not hold is looked up in the database; it refuses by throwing. Not asked
     * for codes in memory, malformed ones, or ones already known to be unknown.
     */
    @FunctionalInterface
    public interface LookupGuard {
        void beforeLookup();
    }

    /** The link of a code, from memory (or, for a code created elsewhere, one guarded lookup). */
    public Optional<Entry> find(String code, LookupGuard guard) {
        Entry entry = byCode.get(code);
        if (entry == null) {
            return miss(code, guard);
        }
        Slot slot = entry.slot;
        if (clock.millis() - slot.loadedAt > refreshMillis) {
            refreshLater(slot);
        }
        return Optional.of(entry);
    }

    /** Adds a link just created, with the destination the creating request already read. */
    public void add(Link link, ContentTarget target) {
        Slot slot = byContent.computeIfAbsent(link.contentId(), Slot::new);
        set(slot, Optional.of(target));
        byCode.put(link.code(), new Entry(link.id(), link.code(), link.platform(), slot));
        unknownUntil.remove(link.code());
        created.accept(link.code());
    }

    /** Told the code of every link added by {@link #add(Link, ContentTarget)} (made on this instance). */
    public void onLinkCreated(Consumer<String> listener) {
        created = listener;
    }

    /**
     * Another instance created a link with this code: a visit that found it unknown here before should not be
     * answered 404 from memory for the rest of {@code unknown-code-ttl}.
     */
    public void linkCreated(String code) {
        unknownUntil.remove(code);
    }

    /**
     * The content item's URL, slug or status changed (here, or on another instance: see {@code cluster.ChangeFeed}):
     * its links pick up the new destination shortly. A refresh already running when this is called may have read the
     * old destination, so the item is read once more after it.
     */
    public void contentChanged(String contentId) {
        Slot slot = byContent.get(contentId);
        if (slot != null) {
            refreshLater(slot);
        }
    }

    @Override
    public void close() {
        refresher.shutdownNow();
    }

    private Entry add(Link link) {
        Slot slot = byContent.get(link.contentId());
        if (slot == null) {
            Slot loaded = new Slot(link.contentId());
            set(loaded, targets.find(link.contentId()));
            Slot raced = byContent.putIfAbsent(link.contentId(), loaded);
            slot = raced == null ? loaded : raced;
        }
        Entry entry = new Entry(link.id(), link.code(), link.platform(), slot);
        byCode.put(link.code(), entry);
        return entry;
    }

    private Optional<Entry> miss(String code, LookupGuard guard) {
        if (!LinkCodes.wellFormed(code)) {
            return Optional.empty();
        }
        long now = clock.millis();
        Long until = unknownUntil.get(code);
        if (until != null && until > now) {
            return Optional.empty();
        }
        CompletableFuture<Optional<Entry>> running = lookups.get(code);
        if (running != null) {
            return await(running);
        }
        guard.beforeLookup();
        CompletableFuture<Optional<Entry>> mine = new CompletableFuture<>();
        running = lookups.putIfAbsent(code, mine);
        if (running != null) {
            return await(running);
        }
        try {
            Optional<Entry> found = lookUp(code, now);
            mine.complete(found);
            return found;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            lookups.remove(code, mine);
        }
    }

    /** A visit of a code that another visit is looking up: the same answer, without a lookup of its own. */
    private static Optional<Entry> await(CompletableFuture<Optional<Entry>> running) {
        try {
            return running.get(MISS_WAIT.toMillis() * 2, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw busy();
        } catch (TimeoutException e) {
            throw busy();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy();
        }
    }

    /** One database lookup, after waiting for a turn in the bounded queue. */
    private Optional<Entry> lookUp(String code, long now) {
        if (waitingMisses.incrementAndGet() > MAX_WAITING_MISSES) {
            waitingMisses.decrementAndGet();
            throw busy();
        }
        boolean acquired;
        try {
            acquired = misses.tryAcquire(MISS_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        } finally {
            waitingMisses.decrementAndGet();
        }
        if (!acquired) {
            throw busy();
        }
        try {
            Entry raced = byCode.get(code);
            if (raced != null) {
                return Optional.of(raced);
            }
            Optional<Link> link = links.findByCode(client.execute(), code);
            if (link.isPresent()) {
                return Optional.of(add(link.get()));
            }
            if (unknownUntil.size() >= MAX_UNKNOWN) {
                unknownUntil.clear();
            }
            unknownUntil.put(code, now + unknownMillis);
            return Optional.empty();
        } catch (RuntimeException e) {
            // The database is unreachable: whether the link exists is not known, so it is no 404 either.
            LOG.log(Level.WARNING, "Cannot look up an uncached link code: " + e);
            throw busy();
        } finally {
            misses.release();
        }
    }

    private static ApiException busy() {
        return ApiException.serviceUnavailable("This link cannot be looked up right now; try again in a moment.",
                                               Duration.ofSeconds(1));
    }

    private void refreshLater(Slot slot) {
        slot.stale.set(true);
        if (!slot.refreshing.compareAndSet(false, true)) {
            return; // the running refresh reads it again (stale is set)
        }
        try {
            refresher.execute(() -> {
                try {
                    while (slot.stale.getAndSet(false)) {
                        set(slot, targets.find(slot.contentId));
                    }
                } catch (RuntimeException e) {
                    // Keep serving the old destination; the next visit after the refresh interval tries again.
                    slot.loadedAt = clock.millis();
                    LOG.log(Level.WARNING, "Cannot refresh the destination of content " + slot.contentId + ": " + e);
                } finally {
                    slot.refreshing.set(false);
                }
                if (slot.stale.get()) {
                    refreshLater(slot); // marked while this refresh was finishing
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            slot.refreshing.set(false);
        }
    }

    private void set(Slot slot, Optional<ContentTarget> target) {
        Optional<Destination> destination = target.flatMap(Destination::of);
        if (target.isPresent() && destination.isEmpty()) {
            LOG.log(Level.WARNING, "Content " + slot.contentId + " has no usable canonical URL; its links answer 404");
        }
        slot.destination = destination;
        slot.loadedAt = clock.millis();
    }
}
