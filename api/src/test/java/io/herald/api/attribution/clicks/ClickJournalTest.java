package io.herald.api.attribution.clicks;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import io.herald.api.TestHerald;
import org.junit.jupiter.api.Test;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The click journal alone and under the writer, with a sink the test controls: concurrent appends, segments rolled
 * and reused, the bound, replay from the database's mark (and never before it), places reserved and never written,
 * damaged records, and what stays on disk.
 */
class ClickJournalTest {
    private static final String ADDRESS = "198.51.100.77";
    private static final Duration LONG = Duration.ofHours(1);

    private static Visit visit(String clickId) {
        return new Visit(clickId, "link-1", 1_700_000_000_000L, false, ADDRESS,
                         "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0", Optional.of("https://www.linkedin.com/feed"));
    }

    private static ClickJournal open(Path dir, int segmentSize, int segments, ClickSink sink) {
        return ClickJournal.open(new ClickJournal.Settings(dir, segmentSize, segments, Duration.ZERO),
                                 sink::journalMark);
    }

    private static ClickWriter writer(ClickJournal journal, ClickSink sink, Duration flushInterval) {
        return new ClickWriter(new ClickBuffer(1_000), Optional.of(journal), sink, new ClickWriter.Settings(
                50, flushInterval, Duration.ofMillis(10), Duration.ofMillis(50), Duration.ofMillis(300)), () -> {
        });
    }

    @Test
    void aVisitReadsBackAsItWasAppended() {
        ClickWriterTest.Database db = new ClickWriterTest.Database();
        try (ClickJournal journal = open(TestHerald.tempDir(), 64 * 1024, 4, db)) {
            Visit head = new Visit("c-1", "link-é", 1L, true, "2001:db8::1", "", Optional.empty());
            Visit full = visit("c-2");
            assertThat(journal.append(head), is(true));
            assertThat(journal.append(full), is(true));
            List<Visit> read = new ArrayList<>();
            assertThat(journal.read(read, 10), is(2));
            assertThat(read, is(List.of(head, full)));
            assertThat(journal.read(read, 10), is(0));
        }
    }

    @Test
    void manyThreadsAppendWhileTheWriterStoresEveryVisitOnceAcrossSegments() throws Exception {
        ClickWriterTest.Database db = new ClickWriterTest.Database();
        // 16 KiB segments hold about a hundred visits: the appenders roll over hundreds of them, and the writer's
        // durable marks let the journal reuse them while they do.
        Path dir = TestHerald.tempDir();
        ClickJournal journal = open(dir, 16 * 1024, 8, db);
        ClickBuffer buffer = new ClickBuffer(100_000);
        ClickWriter writer = new ClickWriter(buffer, Optional.of(journal), db, new ClickWriter.Settings(
                500, Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(50), Duration.ofSeconds(30)),
                                             () -> {
                                             });
        Set<String> journaled = ConcurrentHashMap.newKeySet();
        int threads = 8;
        int each = 4_000;
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> appenders = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            appenders.add(Thread.ofVirtual().start(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                for (int i = 0; i < each; i++) {
                    Visit visit = visit(thread + "-" + i);
                    if (journal.append(visit)) {
                        journaled.add(visit.clickId());
                    } else {
                        buffer.offer(visit);
                    }
                }
            }));
        }
        start.countDown();
        for (Thread appender : appenders) {
            appender.join();
        }
        new ClickRecorder(Optional.of(journal), buffer).record(visit("last"));
        assertThat(writer.flush(Duration.ofSeconds(60)), is(true));
        writer.close();
        journal.close();

        List<String> stored = db.clickIds();
        assertThat("every visit stored once", stored.size(), is(threads * each + 1));
        assertThat(new HashSet<>(stored).size(), is(threads * each + 1));
        // The appenders outrun the writer, so the bounded journal is full at times (those visits went to the buffer);
        // it took many times what it holds at once.
        assertThat("journaled across reused segments", journaled.size(), greaterThan(2_000));
        assertThat("segments reused, not added", segmentFiles(dir).size(), lessThan(9));
        assertThat("segments passed were made durable first", db.syncs, greaterThan(0));
    }

    @Test
    void whatTheDatabaseDidNotStoreIsReplayedAtTheNextStartAndNothingElse() {
        ClickWriterTest.Database db = new ClickWriterTest.Database();
        Path dir = TestHerald.tempDir();
        ClickJournal journal = open(dir, 64 * 1024, 4, db);
        ClickWriter writer = writer(journal, db, LONG);
        for (int i = 0; i < 30; i++) {
            journal.append(visit("stored-" + i));
        }
        assertThat(writer.flush(Duration.ofSeconds(30)), is(true));
        // Not durable: the records stay in the segment after the stop, the database's mark is what keeps them from
        // being stored again.
        db.syncFails = true;
        db.down = true;
        for (int i = 0; i < 20; i++) {
            journal.append(visit("pending-" + i));
        }
        writer.close();
        journal.close();
        assertThat(db.size(), is(30));

        db.down = false;
        db.syncFails = false;
        ClickJournal reopened = open(dir, 64 * 1024, 4, db);
        assertThat(reopened.recovered(), is(20));
        ClickWriter second = writer(reopened, db, LONG);
        reopened.append(visit("after-restart"));
        assertThat(second.flush(Duration.ofSeconds(30)), is(true));
        second.close();
        reopened.close();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            expected.add("stored-" + i);
        }
        for (int i = 0; i < 20; i++) {
            expected.add("pending-" + i);
        }
        expected.add("after-restart");
        assertThat(db.clickIds(), containsInAnyOrder(expected.toArray()));

        ClickJournal third = open(dir, 64 * 1024, 4, db);
        assertThat("nothing left to replay", third.recovered(), is(0));
        third.close();
    }

    @Test
    void aPlaceReservedAndNeverWrittenOrADamagedRecordDoesNotHideTheRecordsAfterIt() throws IOException {
        ClickWriterTest.Database db = new ClickWriterTest.Database();
        Path dir = TestHerald.tempDir();
        ClickJournal journal = open(dir, 64 * 1024, 4, db);
        List<Long> positions = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            positions.add(journal.appended());
            journal.append(visit("v-" + i));
        }
        journal.close();
        Path segment = segmentFiles(dir).getFirst();
        try (FileChannel file = FileChannel.open(segment, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            // Record 3: its header never written (the process died between reserving its place and writing it).
            file.write(ByteBuffer.allocate(8), ClickJournal.offset(positions.get(3)));
            // Record 6: one byte of its payload changed (torn by a power loss).
            long payload = ClickJournal.offset(positions.get(6)) + 20;
            ByteBuffer one = ByteBuffer.allocate(1);
            file.read(one, payload);
            file.write(ByteBuffer.wrap(new byte[] {(byte) (one.get(0) ^ 0x55)}), payload);
        }

        ClickJournal reopened = open(dir, 64 * 1024, 4, db);
        assertThat(reopened.recovered(), is(8));
        List<Visit> read = new ArrayList<>();
        reopened.read(read, 100);
        assertThat(read.stream().map(Visit::clickId).toList(),
                   is(List.of("v-0", "v-1", "v-2", "v-4", "v-5", "v-7", "v-8", "v-9")));
        reopened.close();
    }

    @Test
    void startsWithNoClicksInBetweenReuseTheirSegmentsInsteadOfKeepingOneMoreEach() throws IOException {
        ClickWriterTest.Database db = new ClickWriterTest.Database();
        Path dir = TestHerald.tempDir();
        for (int i = 0; i < 6; i++) {
            open(dir, 64 * 1024, 4, db).close();
        }
        assertThat("the segment in use and spares, not one more per start", segmentFiles(dir).size(), lessThan(4));

        // A segment holding only what is no record (a place reserved and never written, then garbage after it) has
        // nothing to replay either: it is zeroed and reused.
        Path segment = segmentFiles(dir).getLast();
        try (FileChannel file = FileChannel.open(segment, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            file.write(ByteBuffer.wrap(ADDRESS.getBytes(StandardCharsets.US_ASCII)), 4_000);
        }
        ClickJournal reopened = open(dir, 64 * 1024, 4, db);
        assertThat(reopened.recovered(), is(0));
        assertThat("the garbage is zeroed", containsAddress(dir), is(false));
        reopened.append(visit("after"));
        List<Visit> read = new ArrayList<>();
        assertThat(reopened.read(read, 10), is(1));
        reopened.close();
    }

    @Test
    void aFullJournalRefusesWithoutThrowingAndTheRecorderKeepsTheVisitInMemory() {
        ClickWriterTest.Database db = new ClickWriterTest.Database();
        ClickJournal journal = open(TestHerald.tempDir(), 4096, 2, db);
        ClickBuffer buffer = new ClickBuffer(10_000);
        ClickRecorder recorder = new ClickRecorder(Optional.of(journal), buffer);
        // Two segments of 4 KiB and no writer: about forty visits fit.
        for (int i = 0; i < 200; i++) {
            recorder.record(visit("v-" + i));
        }
        assertThat(journal.unjournaled(), greaterThan(100L));
        assertThat(buffer.held(), is((int) journal.unjournaled()));
        Visit tooLong = new Visit("long", "link-1", 1L, false, ADDRESS, "x".repeat(70_000), Optional.empty());
        assertThat(journal.append(tooLong), is(false));
        journal.close();
    }

    @Test
    void aSecondProcessOrHeraldCannotOpenTheSameJournal() {
        ClickWriterTest.Database db = new ClickWriterTest.Database();
        Path dir = TestHerald.tempDir();
        try (ClickJournal journal = open(dir, 64 * 1024, 4, db)) {
            assertThrows(IllegalStateException.class, () -> open(dir, 64 * 1024, 4, db));
        }
        open(dir, 64 * 1024, 4, db).close();
    }

    @Test
    void filesAreTheOwnersAloneAndAddressesAreZeroedOnceTheirClicksAreDurable() throws Exception {
        ClickWriterTest.Database db = new ClickWriterTest.Database();
        Path dir = TestHerald.tempDir().resolve("journal");
        ClickJournal journal = open(dir, 64 * 1024, 4, db);
        ClickWriter writer = writer(journal, db, Duration.ZERO);
        for (int i = 0; i < 10; i++) {
            journal.append(visit("v-" + i));
        }
        assertThat(containsAddress(dir), is(true));
        assertThat(writer.flush(Duration.ofSeconds(30)), is(true));
        writer.close();
        journal.close();
        assertThat("zeroed at the stop, once durable", containsAddress(dir), is(false));

        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)), is("rwx------"));
            try (Stream<Path> files = Files.list(dir)) {
                List<String> wider = files.filter(file -> {
                    try {
                        return !PosixFilePermissions.toString(Files.getPosixFilePermissions(file)).equals("rw-------");
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                }).map(Path::toString).toList();
                assertThat(wider, empty());
            }
        }
    }

    @Test
    void theWriterZeroesStoredRecordsWhileTheSegmentIsStillFilling() throws Exception {
        ClickWriterTest.Database db = new ClickWriterTest.Database();
        Path dir = TestHerald.tempDir();
        ClickJournal journal = open(dir, 1024 * 1024, 4, db);
        ClickWriter writer = writer(journal, db, Duration.ZERO);
        journal.append(visit("v-1"));
        assertThat(writer.flush(Duration.ofSeconds(30)), is(true));
        // A second batch more than DURABLE_EVERY (10 s) later makes the database durable and lets the journal zero.
        AtomicBoolean zeroed = new AtomicBoolean();
        long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
        while (System.nanoTime() < deadline && !zeroed.get()) {
            Thread.sleep(1_000);
            journal.append(visit("tick"));
            writer.flush(Duration.ofSeconds(5));
            zeroed.set(!containsAddress(dir, "v-1"));
        }
        assertThat(zeroed.get(), is(true));
        writer.close();
        journal.close();
    }

    private static boolean containsAddress(Path dir) throws IOException {
        return containsAddress(dir, ADDRESS);
    }

    private static boolean containsAddress(Path dir, String text) throws IOException {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        for (Path file : segmentFiles(dir)) {
            byte[] bytes = Files.readAllBytes(file);
            outer:
            for (int i = 0; i + needle.length <= bytes.length; i++) {
                for (int j = 0; j < needle.length; j++) {
                    if (bytes[i + j] != needle[j]) {
                        continue outer;
                    }
                }
                return true;
            }
        }
        return false;
    }

    private static List<Path> segmentFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(file -> file.toString().endsWith(".journal")).sorted().toList();
        }
    }
}
