package io.herald.api.auth.tokens;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.herald.api.db.Transactions;
import io.helidon.dbclient.DbClient;

/**
 * Deletes expired refresh tokens ({@link RefreshTokens#purge}) on a background thread, once every
 * {@code herald.auth.purge-interval} (the first time a minute after start). A failed purge is logged and tried again
 * at the next interval; nothing else depends on it.
 */
public final class TokenPurge implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(TokenPurge.class.getName());
    private static final Duration FIRST_DELAY = Duration.ofMinutes(1);

    private final DbClient client;
    private final RefreshTokens refreshTokens;
    private final Clock clock;
    private final ScheduledExecutorService executor;

    private TokenPurge(DbClient client, RefreshTokens refreshTokens, Clock clock) {
        this.client = client;
        this.refreshTokens = refreshTokens;
        this.clock = clock;
        this.executor = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("herald-token-purge").daemon(true).factory());
    }

    public static TokenPurge start(DbClient client, RefreshTokens refreshTokens, Clock clock, Duration interval) {
        TokenPurge purge = new TokenPurge(client, refreshTokens, clock);
        purge.executor.scheduleWithFixedDelay(purge::runLogged, FIRST_DELAY.toMillis(), interval.toMillis(),
                                              TimeUnit.MILLISECONDS);
        return purge;
    }

    /** Purges now, on the caller's thread; returns how many tokens were deleted. */
    public long purgeNow() {
        return Transactions.inTransaction(client, tx -> refreshTokens.purge(tx, clock.instant()));
    }

    private void runLogged() {
        try {
            long purged = purgeNow();
            if (purged > 0) {
                LOG.log(Level.INFO, "Deleted " + purged + " expired refresh tokens.");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not delete expired refresh tokens, will try again: " + e);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
