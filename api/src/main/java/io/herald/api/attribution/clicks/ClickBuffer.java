package io.herald.api.attribution.clicks;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import io.helidon.metrics.api.Counter;
import io.helidon.metrics.api.Metrics;

/**
 * The visits waiting to be written, bounded. The bound counts every visit not yet stored, whether still queued or in
 * the batch the writer is trying to store, so while the database is down at most {@code capacity} visits are held;
 * the ones after that are dropped and counted in {@code herald_clicks_dropped_total}.
 *
 * <p>Offering is lock-free and signals no one, so the redirect never waits on the writer nor wakes it: the writer
 * comes to collect what has arrived (see {@link ClickWriter}). Waking it for every click would cost each redirect a
 * lock and a system call, and the writer a context switch per click.
 */
public final class ClickBuffer {
    private final Queue<Visit> queue = new ConcurrentLinkedQueue<>();
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
        // Queued before it is counted as accepted: a flush waiting for it then always finds it in the queue.
        queue.offer(visit);
        accepted.incrementAndGet();
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

    /** Moves up to {@code max} queued visits, oldest first, to the end of {@code batch}. */
    void drainTo(List<Visit> batch, int max) {
        for (int i = 0; i < max; i++) {
            Visit visit = queue.poll();
            if (visit == null) {
                return;
            }
            batch.add(visit);
        }
    }

    boolean isEmpty() {
        return queue.isEmpty();
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
