package io.herald.api.attribution.conversions;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.helidon.dbclient.DbClient;

/**
 * Conversions stored as {@code unknown-click} while their click was still on its way to the database (held longer than
 * the conversion waits for it: another instance's writer behind, the database away from it, a crash whose journal is
 * replayed at the next start) are looked at again every {@link #SWEEP_EVERY}: those of the last {@link #LOOK_BACK}
 * whose click id says it was issued in the minutes before them. Once the click is stored the conversion is attributed
 * (or marked outside the window) as if the click had been there in time, so where a click waited never leaves its
 * conversion unknown for good. Every instance sweeps; the update only changes a conversion still unknown, so a second
 * sweep of the same one changes nothing.
 */
public final class LateClicks implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(LateClicks.class.getName());
    static final Duration SWEEP_EVERY = Duration.ofSeconds(5);
    static final Duration LOOK_BACK = Duration.ofMinutes(15);

    private final DbClient client;
    private final ConversionRepository conversions = new ConversionRepository();
    private final Duration window;
    private final Clock clock;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("herald-late-clicks").daemon(true).factory());

    private LateClicks(DbClient client, Duration window, Clock clock) {
        this.client = client;
        this.window = window;
        this.clock = clock;
    }

    public static LateClicks start(DbClient client, Duration window, Clock clock) {
        LateClicks late = new LateClicks(client, window, clock);
        late.timer.scheduleWithFixedDelay(late::sweepQuietly, SWEEP_EVERY.toMillis(), SWEEP_EVERY.toMillis(),
                                          TimeUnit.MILLISECONDS);
        return late;
    }

    /** One sweep; returns how many conversions it attributed (or marked outside the window). */
    public int sweep() {
        int changed = 0;
        Instant since = clock.instant().minus(LOOK_BACK);
        for (ConversionRepository.Unknown unknown : conversions.unknownSince(client.execute(), since)) {
            if (!ConversionService.mayBePending(unknown.clickId(), unknown.convertedAt())) {
                continue;
            }
            Optional<Click> click = conversions.click(client.execute(), unknown.clickId());
            if (click.isPresent()) {
                String attribution = ConversionService.attribution(click.get(), unknown.convertedAt(), window);
                if (conversions.attributeLate(client.execute(), unknown.id(), attribution, click.get())) {
                    changed++;
                }
            }
        }
        return changed;
    }

    private void sweepQuietly() {
        try {
            int changed = sweep();
            if (changed > 0) {
                LOG.log(Level.INFO, "Attributed " + changed + " conversion(s) whose click was stored after them");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Cannot look again for the clicks of unattributed conversions: " + e);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
