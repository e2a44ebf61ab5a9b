package io.herald.api.attribution.clicks;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import io.helidon.metrics.api.Counter;
import io.helidon.metrics.api.Metrics;

/**
 * The visits waiting to be written, bounded. The bound counts every visit not yet stored, whether still queued or in
 * the batch the writer is trying to store, so while the database is down at most {@code capacity} visits are held;
 * the ones after that are dropped and counted in {@code herald_clicks_dropped_total}.
 *
 * <p>Offering is lock-free apart from the queue's own put lock, so the redirect never waits on the writer.
 */
public final class ClickBuffer {
    /** Wakes the writer without carrying a visit (flush and close); never counted, never written. */
    static final Visit WAKE = new Visit("", "", 0, false, "", "", java.util.Optional.empty());

    private final LinkedBlockingQueue<Visit> queue = new LinkedBlockingQueue<>();
    private final AtomicInteger held = new AtomicInteger();
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final int capacity;
    private final Counter droppedMetric;

    public ClickBuffer(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("herald.redirect.buffer-size must be at least 1");
        }
        this.capacity = capacity;
        this.droppedMetric = Metrics.globalRegistry().getOrCreate(
                Counter.builder("herald.clicks.dropped")
                        .description("Visits to tracked links that were not recorded: the click buffer was full "
                                     + "(database down too long) or could not be written at shutdown."));
    }

    /** Takes a visit if there is room; otherwise counts it as dropped. Never blocks. */
    public boolean offer(Visit visit) {
        int now;
        do {
            now = held.get();
            if (now >= capacity) {
                drop(1);
                return false;
            }
        } while (!held.compareAndSet(now, now + 1));
        accepted.incrementAndGet();
        queue.add(visit);
        return true;
    }

    /** Visits held in memory: queued or being written. */
    public int held() {
        return held.get();
    }

    public int capacity() {
        return capacity;
    }

    /** Visits accepted since start; a flush waits until this many are done. */
    public long accepted() {
        return accepted.get();
    }

    /** Visits dropped since start by this buffer (the metric adds up every buffer of the process). */
    public long dropped() {
        return dropped.get();
    }

    Visit poll(Duration timeout) throws InterruptedException {
        return queue.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    void drainTo(List<Visit> batch, int max) {
        queue.drainTo(batch, max);
    }

    boolean isEmpty() {
        return queue.isEmpty();
    }

    void wake() {
        queue.add(WAKE);
    }

    /** The writer stored these visits (or gave them up, see {@link #drop}): they no longer count against the bound. */
    void release(int count) {
        held.addAndGet(-count);
    }

    void drop(int count) {
        dropped.addAndGet(count);
        droppedMetric.increment(count);
    }
}
