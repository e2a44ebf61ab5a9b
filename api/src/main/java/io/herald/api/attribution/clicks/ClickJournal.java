package io.herald.api.attribution.clicks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.ToLongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.herald.api.auth.PrivateFiles;
import io.helidon.metrics.api.Counter;
import io.helidon.metrics.api.Metrics;

/**
 * The click journal: the redirect's record of each visit, on disk before the 302 goes out, so that a visit answered
 * is a visit counted even if the process dies before the writer stores it. Append-only, memory-mapped files
 * ({@link JournalSegment}) in a directory of their own: the kernel keeps a mapped file's pages when the process dies,
 * so an append is a copy into memory, with no system call; what a power loss can still lose is bounded by how often
 * the journal is forced to disk ({@code force-interval}).
 *
 * <p>Appending is lock-free and safe from any number of threads: a record's place is reserved by a compare-and-set
 * of the tail position, its bytes copied, and its header published last. One reader, the click writer's thread,
 * reads records in journal order; the writer stores them in batches, each committed with the journal position it
 * reached ({@link ClickSink.JournalMark}), and the database's mark says where reading resumes after a restart: the
 * records after it are replayed, none before it, so a crash between a commit and anything after it never counts a
 * click twice. A segment is reused only once the database has its clicks durably ({@link ClickSink#makeDurable});
 * it is zeroed first, so an address never outlives its click's write by long.
 *
 * <p>The journal is bounded ({@code segments} files of {@code segment-size} bytes). When it is full (the database has
 * been down a while) or failing, {@link #append} says so and the visit goes to the memory buffer instead: the
 * redirect never fails for the journal's sake. Such visits are counted in {@code herald_clicks_unjournaled_total}
 * and logged, at most once a minute, by the journal's maintenance thread, which also prepares segments ahead of the
 * appenders, zeroes the ones given back, and forces the journal to disk.
 *
 * <p>A journal position is the segment index in the upper 32 bits and the offset in the segment in the lower 32.
 */
public final class ClickJournal implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(ClickJournal.class.getName());
    private static final Pattern SEGMENT_FILE = Pattern.compile("(\\d{19})\\.journal");
    private static final String ID_FILE = "journal-id";
    private static final String LOCK_FILE = "lock";
    /** Segments kept ready beyond the one being appended to, so a burst never waits for a file to be made. */
    private static final int READY_AHEAD = 2;
    /** A reserved record not written after this long is given up (its appender cannot have survived that long). */
    private static final long STUCK_NANOS = Duration.ofSeconds(10).toNanos();
    private static final long REPORT_NANOS = Duration.ofMinutes(1).toNanos();
    private static final long IDLE_NANOS = Duration.ofMillis(100).toNanos();

    /**
     * @param dir           where the segment files are (created owner-only)
     * @param segmentSize   bytes per segment file
     * @param segments      most segment files at once: the journal's bound on disk is their product
     * @param forceInterval how often what was appended is forced to disk; zero: never (the kernel writes it back on
     *                      its own, within about 30 s on Linux)
     */
    public record Settings(Path dir, int segmentSize, int segments, Duration forceInterval) {
        public Settings {
            if (segments < 2) {
                throw new IllegalArgumentException("herald.redirect.journal.segments must be at least 2");
            }
            if (segmentSize < 4096) {
                throw new IllegalArgumentException("herald.redirect.journal.segment-size must be at least 4096");
            }
            segmentSize &= ~7;
        }
    }

    private final Settings settings;
    private final String id;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final int recovered;
    private final AtomicLong tail;
    private volatile JournalSegment current;
    private final AtomicLong unjournaled = new AtomicLong();
    private final Counter unjournaledMetric;
    private volatile String unjournaledReason = "";
    private final Thread maintenance;
    private volatile boolean open = true;

    // The reader's (click writer thread's) state.
    private JournalSegment readSegment;
    private long readPosition;
    private long stuckAt = -1;
    private long stuckSince;

    // The maintenance thread's state (and open/close's, before and after it runs).
    private JournalSegment head;
    private JournalSegment last;
    private int live;
    private final ArrayDeque<JournalSegment> spares = new ArrayDeque<>();
    private volatile long durable;
    /** Below this, the records of the head segment are zeroed. */
    private long zeroedTo;
    private long forcedTo;
    private long reportedUnjournaled;
    private long lastReport;

    private ClickJournal(Settings settings, String id, FileChannel lockChannel, FileLock lock,
                         ToLongFunction<String> committedTo) throws IOException {
        this.settings = settings;
        this.id = id;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.unjournaledMetric = Metrics.globalRegistry().getOrCreate(
                Counter.builder("herald.clicks.unjournaled")
                        .description("Visits to tracked links that could not be written to the click journal (full "
                                     + "or failing) and were held in memory only: a crash would lose them."));
        long scanStarted = System.nanoTime();
        long committed = committedTo.applyAsLong(id);
        List<JournalSegment> segments = new ArrayList<>();
        int records = 0;
        long readFrom = -1;
        long lastIndex = index(committed);
        for (JournalSegment segment : recover(committed)) {
            lastIndex = Math.max(lastIndex, segment.index);
            int from = JournalSegment.HEADER;
            if (segment.index == index(committed)) {
                from = Math.max(JournalSegment.HEADER, offset(committed));
                segment.zero(JournalSegment.HEADER, from);  // stored already: only addresses are left there
            }
            int held = scan(segment, from);
            if (held == 0) {
                // Nothing to replay (a run that had no clicks after its last stored one): a spare, or every start
                // would keep one more segment to scan.
                segment.zero();
                spares.add(segment);
                continue;
            }
            if (readFrom < 0) {
                readFrom = position(segment.index, from);
            }
            records += held;
            segments.add(segment);
        }
        this.recovered = records;
        JournalSegment first = newSegment(lastIndex + 1);
        for (int i = 0; i + 1 < segments.size(); i++) {
            segments.get(i).next = segments.get(i + 1);
        }
        if (!segments.isEmpty()) {
            segments.getLast().next = first;
        }
        this.head = segments.isEmpty() ? first : segments.getFirst();
        this.last = first;
        this.live = segments.size() + 1;
        this.current = first;
        this.tail = new AtomicLong(first.start());
        this.readSegment = head;
        this.readPosition = readFrom < 0 ? first.start() : readFrom;
        this.durable = readPosition;
        this.zeroedTo = readPosition;
        this.forcedTo = first.start();
        this.maintenance = Thread.ofPlatform().name("herald-click-journal").daemon(true).start(this::maintain);
        if (recovered > 0) {
            LOG.log(Level.INFO, "Click journal " + settings.dir() + ": " + recovered + " clicks from before the last "
                                + "stop were not stored yet (found in " + (System.nanoTime() - scanStarted) / 1_000_000
                                + " ms); the click writer stores them now.");
        }
    }

    /**
     * Opens the journal in {@code settings.dir()} (creating it owner-only), finds where the database stored it up to
     * ({@code committedTo}, given this journal's id) and makes the records after that the first the reader returns.
     * Takes the directory for this process alone: a second Herald on the same directory does not start.
     */
    public static ClickJournal open(Settings settings, ToLongFunction<String> committedTo) {
        Path dir = settings.dir().toAbsolutePath().normalize();
        FileChannel lockChannel = null;
        try {
            PrivateFiles.directory(dir);
            Path lockFile = dir.resolve(LOCK_FILE);
            lockChannel = Files.exists(lockFile)
                    ? FileChannel.open(lockFile, StandardOpenOption.WRITE)
                    : PrivateFiles.create(lockFile);
            FileLock lock = lockChannel.tryLock();
            if (lock == null) {
                throw new IllegalStateException("The click journal " + dir + " is used by another process: each "
                                                + "Herald needs a journal directory of its own");
            }
            return new ClickJournal(new Settings(dir, settings.segmentSize(), settings.segments(),
                                                 settings.forceInterval()),
                                    id(dir), lockChannel, lock, committedTo);
        } catch (OverlappingFileLockException e) {
            close(lockChannel);
            throw new IllegalStateException("The click journal " + dir + " is already open in this process", e);
        } catch (IOException e) {
            close(lockChannel);
            throw new UncheckedIOException("Cannot open the click journal in " + dir, e);
        } catch (RuntimeException e) {
            close(lockChannel);
            throw e;
        }
    }

    /** This journal's id: the key of its mark in the database. */
    public String id() {
        return id;
    }

    /** Clicks found at start that the database did not have yet. */
    public int recovered() {
        return recovered;
    }

    /** The most bytes the journal takes on disk. */
    public long capacity() {
        return (long) settings.segments() * settings.segmentSize();
    }

    /** Visits that could not be journaled since start (held in memory instead). */
    public long unjournaled() {
        return unjournaled.get();
    }

    /**
     * Appends a visit; from any thread, never blocks. Returns false when the visit could not be journaled (the
     * journal is full, its next segment not ready, a field too long, or the write failed): the caller keeps it in
     * memory instead. The visit is in the journal, and survives the process, when this returns true.
     */
    public boolean append(Visit visit) {
        Optional<byte[]> encoded = VisitRecord.encode(visit);
        if (encoded.isEmpty()) {
            return notJournaled("a field longer than 65,535 bytes");
        }
        byte[] record = encoded.get();
        int length = record.length;
        while (true) {
            long reserved = tail.get();
            JournalSegment segment = segmentOf(reserved);
            if (segment.index != index(reserved)) {
                continue;  // another append moved on meanwhile
            }
            int offset = offset(reserved);
            if (offset + length <= segment.size) {
                if (tail.compareAndSet(reserved, reserved + length)) {
                    return write(segment, offset, record);
                }
                continue;
            }
            JournalSegment next = segment.next;
            if (next == null) {
                return notJournaled("full: the writer is behind (database down?) or the next segment is not ready");
            }
            if (JournalSegment.HEADER + length > next.size) {
                return notJournaled("a visit larger than a segment");
            }
            if (tail.compareAndSet(reserved, next.start() + length)) {
                if (offset < segment.size) {
                    segment.publish(offset, JournalSegment.skipHeader(segment.size - offset));
                }
                current = next;
                LockSupport.unpark(maintenance);  // to prepare the segment after it
                return write(next, JournalSegment.HEADER, record);
            }
        }
    }

    private JournalSegment segmentOf(long position) {
        JournalSegment segment = current;
        long index = index(position);
        while (segment.index < index && segment.next != null) {
            segment = segment.next;
        }
        return segment;
    }

    private boolean write(JournalSegment segment, int offset, byte[] record) {
        long position = position(segment.index, offset);
        try {
            segment.put(offset, record);
            segment.publish(offset, JournalSegment.recordHeader(VisitRecord.payloadLength(record),
                                                                VisitRecord.payloadCrc(record), position));
            return true;
        } catch (RuntimeException | InternalError e) {
            // InternalError: a fault writing to the mapping (the disk behind it failed). The place stays reserved;
            // a skip lets the reader pass it. If even that fails, the reader gives it up after a while.
            try {
                segment.publish(offset, JournalSegment.skipHeader(record.length));
            } catch (RuntimeException | InternalError ignored) {
                // the reader's stuck-record timeout handles it
            }
            return notJournaled("cannot write to " + segment.file + ": " + e);
        }
    }

    private boolean notJournaled(String reason) {
        unjournaled.incrementAndGet();
        unjournaledMetric.increment();
        unjournaledReason = reason;
        return false;
    }

    /** Where the next append goes: every visit journaled before this call lies below it. */
    public long appended() {
        return tail.get();
    }

    // ---- the reader: the click writer's thread only ----

    /**
     * Moves up to {@code max} journaled visits, in journal order, to the end of {@code into}; returns how many. The
     * position after them is {@link #readPosition()}.
     */
    int read(List<Visit> into, int max) {
        int added = 0;
        while (added < max) {
            JournalSegment segment = readSegment;
            int offset = offset(readPosition);
            if (offset > segment.size - VisitRecord.HEADER) {
                JournalSegment next = segment.next;
                if (next == null) {
                    break;
                }
                readSegment = next;
                readPosition = next.start();
                continue;
            }
            long header = segment.header(offset);
            if (header == 0) {
                if (!giveUpStuck(segment, offset)) {
                    break;
                }
                continue;
            }
            int length = JournalSegment.length(header);
            if (length < 0) {
                readPosition += -length;
                continue;
            }
            if (segment.isRecord(offset, header)) {
                into.add(segment.visit(offset, header));
                added++;
            } else {
                LOG.log(Level.ERROR, "Click journal: a damaged record at " + readPosition + " in " + segment.file
                                     + " is skipped");
            }
            readPosition += VisitRecord.aligned(VisitRecord.HEADER + length);
        }
        return added;
    }

    /** The journal position after the last record {@link #read} returned (or skipped). */
    long readPosition() {
        return readPosition;
    }

    /** Whether records were appended that {@link #read} has not returned yet. */
    boolean hasUnread() {
        return readPosition < tail.get();
    }

    /**
     * A place reserved and still not written: normally an appender between its reservation and its header, for
     * microseconds. After {@code STUCK_NANOS} it is skipped up to the next whole record (or as far as anything was
     * reserved), so the journal never stalls on it. Returns whether it skipped.
     */
    private boolean giveUpStuck(JournalSegment segment, int offset) {
        long reserved = tail.get();
        if (readPosition >= reserved) {
            return false;
        }
        long now = System.nanoTime();
        if (stuckAt != readPosition) {
            stuckAt = readPosition;
            stuckSince = now;
            return false;
        }
        if (now - stuckSince < STUCK_NANOS) {
            return false;
        }
        int end = index(reserved) == segment.index ? offset(reserved) : segment.size;
        int next = segment.nextRecord(offset + VisitRecord.HEADER, end);
        int skipTo = next < 0 ? end : next;
        segment.publish(offset, JournalSegment.skipHeader(skipTo - offset));
        LOG.log(Level.WARNING, "Click journal: a place reserved at " + readPosition + " in " + segment.file
                               + " was never written; skipped " + (skipTo - offset) + " bytes");
        stuckAt = -1;
        return true;
    }

    /**
     * The database has every journaled visit below {@code position} durably (committed with its mark, and made
     * durable): the segments wholly below it are zeroed and reused.
     */
    void durableTo(long position) {
        if (position > durable) {
            durable = position;
            LockSupport.unpark(maintenance);
        }
    }

    // ---- maintenance: its own thread ----

    private void maintain() {
        long forceNanos = settings.forceInterval().toNanos();
        long nextForce = System.nanoTime() + forceNanos;
        boolean failing = false;
        while (open) {
            try {
                recycle();
                prepare();
                if (forceNanos > 0 && System.nanoTime() - nextForce >= 0) {
                    force();
                    nextForce = System.nanoTime() + forceNanos;
                }
                if (failing) {
                    LOG.log(Level.INFO, "Click journal " + settings.dir() + " works again");
                    failing = false;
                }
            } catch (IOException | RuntimeException e) {
                if (!failing) {
                    LOG.log(Level.WARNING, "Click journal " + settings.dir() + ": " + e + "; clicks are held in "
                                           + "memory only until this is resolved");
                    failing = true;
                }
            }
            report();
            long wait = forceNanos > 0 ? Math.min(IDLE_NANOS, Math.max(0, nextForce - System.nanoTime())) : IDLE_NANOS;
            LockSupport.parkNanos(this, Math.max(wait, 1_000_000));
        }
    }

    /**
     * Zeroes the segments wholly below the durable position and keeps them as spares, and zeroes the records below it
     * in the segment it is in.
     */
    private synchronized void recycle() {
        long below = durable;
        while (head.next != null && head.next.start() <= below) {
            JournalSegment done = head;
            head = head.next;
            live--;
            done.zero();
            spares.add(done);
        }
        if (index(below) == head.index && below > zeroedTo) {
            head.zero(index(zeroedTo) == head.index ? offset(zeroedTo) : JournalSegment.HEADER, offset(below));
            zeroedTo = below;
        }
    }

    /** Keeps {@code READY_AHEAD} segments ready beyond the one appended to, within the bound. */
    private synchronized void prepare() throws IOException {
        long appending = index(tail.get());
        while (last.index < appending + READY_AHEAD && live < settings.segments()) {
            JournalSegment next = newSegment(last.index + 1);
            last.next = next;
            last = next;
            live++;
        }
    }

    private JournalSegment newSegment(long index) throws IOException {
        JournalSegment spare = spares.poll();
        if (spare != null) {
            if (spare.size == settings.segmentSize()) {
                return spare.reuse(index);
            }
            spare.delete();
        }
        return JournalSegment.create(settings.dir(), index, settings.segmentSize());
    }

    /** Forces what was appended since the last time to disk. */
    private synchronized void force() {
        long to = tail.get();
        if (to == forcedTo) {
            return;
        }
        JournalSegment segment = head;
        while (segment.next != null && segment.index < index(forcedTo)) {
            segment = segment.next;
        }
        int from = segment.index == index(forcedTo) ? offset(forcedTo) : JournalSegment.HEADER;
        while (segment != null && segment.index < index(to)) {
            segment.force(from, segment.size);
            segment = segment.next;
            from = JournalSegment.HEADER;
        }
        if (segment != null) {
            segment.force(from, offset(to));
        }
        forcedTo = to;
    }

    private void report() {
        long count = unjournaled.get();
        long now = System.nanoTime();
        if (count != reportedUnjournaled && (reportedUnjournaled == 0 || now - lastReport >= REPORT_NANOS)) {
            LOG.log(Level.WARNING, (count - reportedUnjournaled) + " clicks could not be written to the click "
                                   + "journal (" + unjournaledReason + "); they are held in memory only, and a "
                                   + "crash would lose them (herald_clicks_unjournaled_total: " + count + ")");
            reportedUnjournaled = count;
            lastReport = now;
        }
    }

    // ---- recovery: at open, before anything else runs ----

    /**
     * The segments whose records the database may not have yet, oldest first. Segments wholly below the database's
     * mark are zeroed (they may still hold addresses) and kept as spares; files that are no segment of this journal
     * are deleted.
     */
    private List<JournalSegment> recover(long committed) throws IOException {
        List<JournalSegment> kept = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> listing = Files.list(settings.dir())) {
            files = listing.toList();
        }
        for (Path file : files) {
            Matcher name = SEGMENT_FILE.matcher(file.getFileName().toString());
            if (!name.matches()) {
                continue;
            }
            long index = Long.parseLong(name.group(1));
            Optional<JournalSegment> segment = JournalSegment.open(file, index);
            if (segment.isEmpty()) {
                LOG.log(Level.WARNING, "Click journal: " + file + " is no segment of this journal; deleted");
                Files.delete(file);
            } else if (index < index(committed)) {
                segment.get().zero();
                spares.add(segment.get());
            } else {
                kept.add(segment.get());
            }
        }
        kept.sort(Comparator.comparingLong(segment -> segment.index));
        return kept;
    }

    /**
     * Checks a segment left by the last run from {@code offset} on and returns how many whole records it holds. A
     * place that holds no whole record (reserved but never written when the process died, or torn by a power loss) is
     * turned into a skip up to the next whole record, and whatever follows the last one into a skip to the segment's
     * end: the reader then passes them as it passes any skip. Appending resumes in a new segment.
     */
    private static int scan(JournalSegment segment, int offset) {
        int records = 0;
        while (offset <= segment.size - VisitRecord.HEADER) {
            long header = segment.header(offset);
            if (segment.isSkip(offset, header)) {
                offset += -JournalSegment.length(header);
            } else if (segment.isRecord(offset, header)) {
                records++;
                offset += VisitRecord.aligned(VisitRecord.HEADER + JournalSegment.length(header));
            } else {
                int next = segment.nextRecord(offset + 8, segment.size);
                int to = next < 0 ? segment.size : next;
                segment.publish(offset, JournalSegment.skipHeader(to - offset));
                offset = to;
            }
        }
        return records;
    }

    private static String id(Path dir) throws IOException {
        Path file = dir.resolve(ID_FILE);
        if (Files.exists(file)) {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        }
        String id = UUID.randomUUID().toString();
        PrivateFiles.write(file, id);
        return id;
    }

    static long position(long index, int offset) {
        return index << 32 | offset;
    }

    static long index(long position) {
        return position >>> 32;
    }

    static int offset(long position) {
        return (int) position;
    }

    /**
     * Stops the maintenance thread, zeroes the segments the database has durably, forces the rest to disk and
     * releases the directory. Called after the click writer has stopped.
     */
    @Override
    public void close() {
        if (!open) {
            return;
        }
        open = false;
        LockSupport.unpark(maintenance);
        try {
            maintenance.join(Duration.ofSeconds(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            recycle();
            force();
            for (JournalSegment segment = head; segment != null; segment = segment.next) {
                close(segment);
            }
            spares.forEach(ClickJournal::close);
        }
        try {
            lock.release();
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "Releasing the click journal's lock: " + e);
        }
        close(lockChannel);
    }

    private static void close(JournalSegment segment) {
        try {
            segment.close();
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "Closing " + segment.file + ": " + e);
        }
    }

    private static void close(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                LOG.log(Level.DEBUG, "Closing the click journal's lock file: " + e);
            }
        }
    }
}
