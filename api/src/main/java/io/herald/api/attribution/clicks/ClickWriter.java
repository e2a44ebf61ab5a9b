package io.herald.api.attribution.clicks;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import io.helidon.metrics.api.Counter;
import io.helidon.metrics.api.Metrics;

/**
 * The one background thread that moves visits from the {@link ClickJournal} (and the {@link ClickBuffer}, which holds
 * what could not be journaled) into the database in batches.
 *
 * <p>A batch is written when it is full ({@code batch-size}) or when its first visit has waited {@code flush-interval};
 * under load batches fill long before that. The writer collects visits by looking every few milliseconds rather than
 * being woken by each one, so under load it takes hundreds at a time. A batch's transaction also records how far
 * the journal is stored ({@link ClickSink.JournalMark}); when that passes the end of a journal segment, the writer
 * makes the database durable and gives the segment back to the journal. After a crash the writer starts where the
 * database's mark says, so it first stores what the journal held beyond it (the replay).
 *
 * <p>When the sink fails (database down) the writer keeps the batch and retries with a growing pause up to
 * {@code max-retry-interval}, while the journal and the buffer keep taking new visits up to their bounds.
 * {@link #close()} stops taking time: it writes everything held, retrying until {@code shutdown-timeout}, and only
 * then gives up what is left: what the journal holds stays there for the next start, what only the buffer held is
 * lost and counted as dropped.
 */
public final class ClickWriter implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(ClickWriter.class.getName());
    // How often the writer looks for new visits while it is collecting a batch or idle. Producers never signal (see
    // ClickBuffer), so this bounds how late a visit is noticed; flush() and close() wake the writer at once.
    private static final long POLL_NANOS = Duration.ofMillis(10).toNanos();
    private static final Duration HOUSEKEEPING = Duration.ofSeconds(1);
    // How long a stored visit's journal record (with its address) may wait to be zeroed while its segment fills.
    private static final long DURABLE_EVERY_NANOS = Duration.ofSeconds(10).toNanos();

    private final ClickBuffer buffer;
    private final Optional<ClickJournal> journal;
    private final ClickSink sink;
    private final Settings settings;
    private final Runnable onIdle;
    private final Thread thread;
    /** Visits from the buffer stored (or given up) since start. */
    private final AtomicLong bufferDone = new AtomicLong();
    /** The journal position below which every journaled visit is stored. */
    private volatile long journalStored;
    /** The journal position up to which the database is durable and the journal was told so. */
    private long journalDurable;
    private long lastDurable = System.nanoTime();
    /** Where the journal ended when it was opened, when it held visits to replay. */
    private final long replayEnd;
    private final long started = System.nanoTime();
    private final Object progress = new Object();
    private final Counter written;
    private volatile boolean running = true;
    private volatile boolean urgent;
    /**
     * What the latest flushes wait for: once it is stored, {@link #urgent} no longer cuts a batch short (a flush whose
     * batch was written by a retry, not through {@link #fill}, would otherwise leave it set for the next visit).
     */
    private final AtomicLong urgentBuffer = new AtomicLong();
    private final AtomicLong urgentJournal = new AtomicLong();
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

    /**
     * Starts the writer thread. {@code onIdle} runs on it about once a second (salt rotation). With a journal, the
     * writer reads it from where the journal was opened (just after what the database has).
     */
    public ClickWriter(ClickBuffer buffer, Optional<ClickJournal> journal, ClickSink sink, Settings settings,
                       Runnable onIdle) {
        this.buffer = buffer;
        this.journal = journal;
        this.sink = sink;
        this.settings = settings;
        this.onIdle = onIdle;
        this.journalStored = journal.map(ClickJournal::readPosition).orElse(0L);
        this.journalDurable = journalStored;
        this.replayEnd = journal.filter(j -> j.recovered() > 0).map(ClickJournal::appended).orElse(-1L);
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
        long bufferTarget = buffer.accepted();
        long journalTarget = journal.map(ClickJournal::appended).orElse(0L);
        long deadline = System.nanoTime() + timeout.toNanos();
        urgentBuffer.accumulateAndGet(bufferTarget, Math::max);
        urgentJournal.accumulateAndGet(journalTarget, Math::max);
        urgent = true;
        LockSupport.unpark(thread);
        synchronized (progress) {
            while (bufferDone.get() < bufferTarget || journalStored < journalTarget) {
                long left = deadline - System.nanoTime();
                if (left <= 0 || !thread.isAlive()) {
                    return bufferDone.get() >= bufferTarget && journalStored >= journalTarget;
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
                long now = bufferDone.get() + journalStored;
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
        Batch batch = new Batch(settings.batchSize());
        Duration pause = settings.retryInterval();
        boolean failing = false;
        while (running || !batch.isEmpty() || !buffer.isEmpty() || journalUnread()) {
            try {
                if (!running && batch.isEmpty() && System.nanoTime() > shutdownDeadline) {
                    break;  // what is left cannot be read (a record reserved and never written)
                }
                housekeeping();
                if (batch.isEmpty()) {
                    fill(batch);
                }
                if (batch.isEmpty()) {
                    continue;
                }
                sink.write(batch.visits, batch.journalMark());
                written.increment(batch.visits.size());
                finished(batch);
                if (failing) {
                    LOG.log(Level.INFO, "Clicks are being written again; " + buffer.held() + " still held in memory.");
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
                    LOG.log(Level.WARNING, "Cannot write clicks, holding them (" + held() + ") and retrying: " + e);
                    failing = true;
                }
                if (!sleep(pause)) {
                    break;
                }
                pause = min(pause.multipliedBy(2), settings.maxRetryInterval());
            }
        }
        makeDurable();
        giveUp(batch);
    }

    private boolean journalUnread() {
        return journal.isPresent() && journal.get().hasUnread();
    }

    private String held() {
        return journal.map(j -> "in the click journal, up to " + j.capacity() / (1024 * 1024) + " MiB, and ")
                       .orElse("")
               + "in memory, at most " + buffer.capacity();
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
    private void fill(Batch batch) throws InterruptedException {
        long flushNanos = settings.flushInterval().toNanos();
        long firstSeen = 0;
        while (true) {
            batch.take(settings.batchSize());
            long now = System.nanoTime();
            if (batch.isEmpty()) {
                // Only skipped places were read (nothing to store): the journal is stored up to there.
                batch.journalEnd.ifPresent(this::journalStored);
                batch.journalEnd = Optional.empty();
                if (urgent) {
                    urgent = false;  // a flush found nothing left to write
                } else {
                    pause(POLL_NANOS);
                }
                return;
            }
            if (firstSeen == 0) {
                firstSeen = now;
            }
            long waited = now - firstSeen;
            if (batch.visits.size() >= settings.batchSize() || flushWaiting() || !running || waited >= flushNanos) {
                break;
            }
            pause(Math.min(POLL_NANOS, flushNanos - waited));
        }
        urgent = false;
    }

    /** Whether a flush waits for visits not stored yet. */
    private boolean flushWaiting() {
        return urgent && (bufferDone.get() < urgentBuffer.get() || journalStored < urgentJournal.get());
    }

    private void pause(long nanos) throws InterruptedException {
        LockSupport.parkNanos(this, nanos);
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
    }

    private void finished(Batch batch) {
        buffer.release(batch.fromBuffer);
        synchronized (progress) {
            bufferDone.addAndGet(batch.fromBuffer);
            batch.journalEnd.ifPresent(this::journalStored);
            progress.notifyAll();
        }
        batch.clear();
        // The database's mark passed the end of a segment (or a while went by): make it durable, so the journal can
        // reuse the segment (or zero the records whose clicks are stored).
        if (ClickJournal.index(journalStored) > ClickJournal.index(journalDurable)
            || System.nanoTime() - lastDurable > DURABLE_EVERY_NANOS) {
            makeDurable();
        }
    }

    private void journalStored(long position) {
        synchronized (progress) {
            boolean replayed = journalStored < replayEnd && position >= replayEnd;
            journalStored = position;
            progress.notifyAll();
            if (replayed) {
                LOG.log(Level.INFO, "Click journal replayed: " + journal.orElseThrow().recovered() + " clicks from "
                                    + "before the last stop stored, " + (System.nanoTime() - started) / 1_000_000
                                    + " ms after start");
            }
        }
    }

    /** The database durable up to the journal mark it has; the journal may then reuse the segments below it. */
    private void makeDurable() {
        if (journal.isEmpty() || journalDurable == journalStored) {
            return;
        }
        lastDurable = System.nanoTime();
        try {
            long stored = journalStored;
            sink.makeDurable();
            journalDurable = stored;
            journal.get().durableTo(journalDurable);
        } catch (RuntimeException e) {
            // The segments stay until the next try; the journal fills meanwhile, nothing is lost.
            LOG.log(Level.DEBUG, "Cannot make the clicks durable yet: " + e);
        }
    }

    /**
     * At shutdown with the database still failing: the visits only the buffer held are lost, and counted so; the
     * journaled ones stay in the journal for the next start.
     */
    private void giveUp(Batch batch) {
        List<Visit> rest = new ArrayList<>();
        buffer.drainTo(rest, Integer.MAX_VALUE);
        int lost = batch.fromBuffer + rest.size();
        if (lost > 0) {
            LOG.log(Level.ERROR, "Shutting down with " + lost + " clicks that could not be written; "
                                 + "they are counted in herald_clicks_dropped_total.");
            buffer.drop(lost);
            buffer.release(lost);
            synchronized (progress) {
                bufferDone.addAndGet(lost);
                progress.notifyAll();
            }
        }
        if (journal.isPresent() && (!batch.isEmpty() || journalUnread())) {
            LOG.log(Level.WARNING, "Shutting down with clicks not stored yet; they stay in the click journal and are "
                                   + "stored at the next start.");
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

    /** The visits of one transaction: read from the journal (up to a position), then taken from the buffer. */
    private final class Batch {
        final List<Visit> visits;
        int fromBuffer;
        Optional<Long> journalEnd = Optional.empty();

        Batch(int capacity) {
            visits = new ArrayList<>(capacity);
        }

        void take(int max) {
            if (journal.isPresent()) {
                ClickJournal from = journal.get();
                long before = from.readPosition();
                from.read(visits, max - visits.size());
                if (from.readPosition() != before) {
                    journalEnd = Optional.of(from.readPosition());
                }
            }
            int size = visits.size();
            buffer.drainTo(visits, max - size);
            fromBuffer += visits.size() - size;
        }

        Optional<ClickSink.JournalMark> journalMark() {
            return journalEnd.map(end -> new ClickSink.JournalMark(journal.orElseThrow().id(), end));
        }

        boolean isEmpty() {
            return visits.isEmpty();
        }

        void clear() {
            visits.clear();
            fromBuffer = 0;
            journalEnd = Optional.empty();
        }
    }
}
