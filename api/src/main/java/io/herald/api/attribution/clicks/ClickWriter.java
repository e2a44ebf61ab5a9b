package io.herald.api.attribution.clicks;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import io.helidon.metrics.api.Counter;
import io.helidon.metrics.api.Metrics;

/**
 * The one background thread that moves visits from the {@link ClickBuffer} into the database in batches.
 *
 * <p>A batch is written when it is full ({@code batch-size}) or when its first visit has waited {@code flush-interval};
 * under load batches fill long before that. The writer collects visits by looking every few milliseconds rather than
 * being woken by each one, so under load it takes hundreds at a time. When the sink fails (database down) the writer keeps the batch and
 * retries with a growing pause up to {@code max-retry-interval}, while the buffer keeps taking new visits up to its
 * bound. {@link #close()} stops taking time: it writes everything held, retrying until {@code shutdown-timeout}, and
 * only then gives up what is left and counts it as dropped.
 */
public final class ClickWriter implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(ClickWriter.class.getName());
    // How often the writer looks for new visits while it is collecting a batch or idle. Producers never signal (see
    // ClickBuffer), so this bounds how late a visit is noticed; flush() and close() wake the writer at once.
    private static final long POLL_NANOS = Duration.ofMillis(10).toNanos();
    private static final Duration HOUSEKEEPING = Duration.ofSeconds(1);

    private final ClickBuffer buffer;
    private final ClickSink sink;
    private final Settings settings;
    private final Runnable onIdle;
    private final Thread thread;
    private final AtomicLong done = new AtomicLong();
    private final Object progress = new Object();
    private final Counter written;
    private volatile boolean running = true;
    private volatile boolean urgent;
    private volatile long shutdownDeadline = Long.MAX_VALUE;
    private long lastHousekeeping = System.nanoTime() - HOUSEKEEPING.toNanos();

    /**
     * @param batchSize        most visits per transaction
     * @param flushInterval    longest a visit waits for its batch to fill
     * @param retryInterval    first pause after a failed write, doubled up to {@code maxRetryInterval}
     * @param maxRetryInterval longest pause between retries
     * @param shutdownTimeout  how long {@link #close()} keeps retrying a failing database
     */
    public record Settings(int batchSize, Duration flushInterval, Duration retryInterval, Duration maxRetryInterval,
                           Duration shutdownTimeout) {
    }

    /** Starts the writer thread. {@code onIdle} runs on it about once a second (salt rotation). */
    public ClickWriter(ClickBuffer buffer, ClickSink sink, Settings settings, Runnable onIdle) {
        this.buffer = buffer;
        this.sink = sink;
        this.settings = settings;
        this.onIdle = onIdle;
        this.written = Metrics.globalRegistry().getOrCreate(
                Counter.builder("herald.clicks.written")
                        .description("Visits to tracked links stored in the database (clicks and bot visits)."));
        this.thread = Thread.ofPlatform().name("herald-click-writer").daemon(true).start(this::run);
    }

    /**
     * Waits until every visit accepted before this call is stored (or given up), at most {@code timeout}. Returns
     * whether it got there; conversions use it to find a click that is still on its way.
     */
    public boolean flush(Duration timeout) {
        long target = buffer.accepted();
        long deadline = System.nanoTime() + timeout.toNanos();
        urgent = true;
        LockSupport.unpark(thread);
        synchronized (progress) {
            while (done.get() < target) {
                long left = deadline - System.nanoTime();
                if (left <= 0 || !thread.isAlive()) {
                    return done.get() >= target;
                }
                try {
                    progress.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
        return true;
    }

    /** Writes everything held, then stops. Visits offered after this are not written (the server stops first). */
    @Override
    public void close() {
        if (!running) {
            return;
        }
        shutdownDeadline = System.nanoTime() + settings.shutdownTimeout().toNanos();
        running = false;
        LockSupport.unpark(thread);
        // Waits for as long as the writer gets on with it (a backlog after a burst can take a while); it stops
        // waiting only when the writer has made no progress for the shutdown timeout (the database is down).
        long lastDone = -1;
        try {
            while (thread.isAlive()) {
                long now = done.get();
                if (now == lastDone && System.nanoTime() > shutdownDeadline) {
                    thread.join(settings.shutdownTimeout().toMillis());
                    break;
                }
                if (now != lastDone) {
                    lastDone = now;
                    shutdownDeadline = Math.max(shutdownDeadline,
                                                System.nanoTime() + settings.shutdownTimeout().toNanos());
                }
                thread.join(200);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        List<Visit> batch = new ArrayList<>(settings.batchSize());
        Duration pause = settings.retryInterval();
        boolean failing = false;
        while (running || !batch.isEmpty() || !buffer.isEmpty()) {
            try {
                housekeeping();
                if (batch.isEmpty()) {
                    fill(batch);
                }
                if (batch.isEmpty()) {
                    continue;
                }
                sink.write(batch);
                finished(batch.size());
                written.increment(batch.size());
                batch.clear();
                if (failing) {
                    LOG.log(Level.INFO, "Clicks are being written again; " + buffer.held() + " still held.");
                    failing = false;
                }
                pause = settings.retryInterval();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (RuntimeException e) {
                if (!running && System.nanoTime() > shutdownDeadline) {
                    break;
                }
                if (!failing) {
                    // The message names the failure, never a visitor: no address or header is part of a statement.
                    LOG.log(Level.WARNING, "Cannot write clicks, holding them (at most " + buffer.capacity()
                                           + ") and retrying: " + e);
                    failing = true;
                }
                if (!sleep(pause)) {
                    break;
                }
                pause = min(pause.multipliedBy(2), settings.maxRetryInterval());
            }
        }
        giveUp(batch);
    }

    /** Runs {@code onIdle} about once a second, under load too; its failures only delay it. */
    private void housekeeping() {
        long now = System.nanoTime();
        if (now - lastHousekeeping < HOUSEKEEPING.toNanos()) {
            return;
        }
        lastHousekeeping = now;
        try {
            onIdle.run();
        } catch (RuntimeException e) {
            LOG.log(Level.DEBUG, "Click housekeeping failed, will retry: " + e);
        }
    }

    /**
     * Collects a batch: takes what has arrived, and while the batch is neither full nor older than
     * {@code flush-interval} (counted from when its first visit was seen), looks again every few milliseconds. Returns
     * with an empty batch after one look when nothing is waiting, so that housekeeping runs.
     */
    private void fill(List<Visit> batch) throws InterruptedException {
        long flushNanos = settings.flushInterval().toNanos();
        long firstSeen = 0;
        while (true) {
            buffer.drainTo(batch, settings.batchSize() - batch.size());
            long now = System.nanoTime();
            if (batch.isEmpty()) {
                if (urgent) {
                    urgent = false;  // a flush found nothing left to write
                } else if (running) {
                    pause(POLL_NANOS);
                }
                return;
            }
            if (firstSeen == 0) {
                firstSeen = now;
            }
            long waited = now - firstSeen;
            if (batch.size() >= settings.batchSize() || urgent || !running || waited >= flushNanos) {
                break;
            }
            pause(Math.min(POLL_NANOS, flushNanos - waited));
        }
        urgent = false;
    }

    private void pause(long nanos) throws InterruptedException {
        LockSupport.parkNanos(this, nanos);
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
    }

    private void finished(int count) {
        buffer.release(count);
        synchronized (progress) {
            done.addAndGet(count);
            progress.notifyAll();
        }
    }

    /** At shutdown with the database still failing: what is left is lost, and counted so. */
    private void giveUp(List<Visit> batch) {
        List<Visit> rest = new ArrayList<>(batch);
        buffer.drainTo(rest, Integer.MAX_VALUE);
        if (!rest.isEmpty()) {
            LOG.log(Level.ERROR, "Shutting down with " + rest.size() + " clicks that could not be written; "
                                 + "they are counted in herald_clicks_dropped_total.");
            buffer.drop(rest.size());
            finished(rest.size());
        }
    }

    private boolean sleep(Duration pause) {
        long until = System.nanoTime() + pause.toNanos();
        // Sleeps in short steps so that close() does not wait out a long pause.
        while (System.nanoTime() < until) {
            if (!running && System.nanoTime() > shutdownDeadline) {
                return true;
            }
            try {
                Thread.sleep(Math.min(50, Math.max(1, (until - System.nanoTime()) / 1_000_000)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
