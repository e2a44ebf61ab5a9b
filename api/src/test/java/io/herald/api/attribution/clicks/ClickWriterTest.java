package io.herald.api.attribution.clicks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

/** The buffer and the writer with a sink the test controls: a database that is up, down, or comes back. */
class ClickWriterTest {
    private static final Duration LONG = Duration.ofHours(1);

    /**
     * A sink that stores into a list, or fails while {@code down}. Journal marks move with each batch; they are
     * durable only after {@link #makeDurable}, which fails while {@code syncFails}.
     */
    static final class Database implements ClickSink {
        final List<Visit> stored = new ArrayList<>();
        final Map<String, Long> marks = new HashMap<>();
        volatile boolean down;
        volatile boolean syncFails;
        int syncs;

        @Override
        public synchronized void write(List<Visit> batch, Optional<JournalMark> mark) {
            if (down) {
                throw new IllegalStateException("database down (simulated)");
            }
            stored.addAll(batch);
            mark.ifPresent(m -> marks.put(m.journalId(), m.position()));
        }

        @Override
        public synchronized long journalMark(String journalId) {
            return marks.getOrDefault(journalId, 0L);
        }

        @Override
        public synchronized void makeDurable() {
            if (syncFails) {
                throw new IllegalStateException("cannot sync (simulated)");
            }
            syncs++;
        }

        synchronized int size() {
            return stored.size();
        }

        synchronized List<String> clickIds() {
            return stored.stream().map(Visit::clickId).toList();
        }
    }

    private static Visit visit(int i) {
        return new Visit("click-" + i, "link", 0, false, "198.51.100.7", "agent", Optional.empty());
    }

    private static ClickWriter writer(ClickBuffer buffer, ClickSink sink, Duration flushInterval,
                                      Duration shutdownTimeout) {
        return new ClickWriter(buffer, Optional.empty(), sink, new ClickWriter.Settings(100, flushInterval, Duration.ofMillis(10),
                                                                      Duration.ofMillis(50), shutdownTimeout), () -> {
        });
    }

    @Test
    void closingFlushesEverythingHeld() {
        Database db = new Database();
        ClickBuffer buffer = new ClickBuffer(10_000);
        // A flush interval of an hour: nothing would be written before close() without the shutdown flush.
        ClickWriter writer = writer(buffer, db, LONG, Duration.ofSeconds(30));
        for (int i = 0; i < 250; i++) {
            assertThat(buffer.offer(visit(i)), is(true));
        }
        writer.close();
        assertThat(db.size(), is(250));
        assertThat(buffer.held(), is(0));
        assertThat(buffer.dropped(), is(0L));
        assertThat(db.stored.get(249).clickId(), is("click-249"));
    }

    @Test
    void whileTheDatabaseIsDownVisitsAreHeldUpToTheBoundThenDropped() {
        Database db = new Database();
        db.down = true;
        ClickBuffer buffer = new ClickBuffer(50);
        ClickWriter writer = writer(buffer, db, Duration.ZERO, Duration.ofSeconds(30));
        int accepted = 0;
        for (int i = 0; i < 80; i++) {
            if (buffer.offer(visit(i))) {
                accepted++;
            }
        }
        assertThat(accepted, is(50));
        assertThat(buffer.held(), is(50));
        assertThat(buffer.dropped(), is(30L));
        assertThat(db.size(), is(0));

        db.down = false;
        assertThat(writer.flush(Duration.ofSeconds(30)), is(true));
        assertThat(db.size(), is(50));
        assertThat(buffer.held(), is(0));
        assertThat("room again once written", buffer.offer(visit(99)), is(true));
        writer.close();
        assertThat(db.size(), is(51));
    }

    @Test
    void aDatabaseStillDownAtShutdownLosesOnlyWhatIsHeldAndCountsIt() {
        Database db = new Database();
        db.down = true;
        ClickBuffer buffer = new ClickBuffer(1_000);
        ClickWriter writer = writer(buffer, db, Duration.ZERO, Duration.ofMillis(200));
        for (int i = 0; i < 30; i++) {
            buffer.offer(visit(i));
        }
        writer.close();
        assertThat(db.size(), is(0));
        assertThat(buffer.dropped(), is(30L));
        assertThat(buffer.held(), is(0));
    }

    @Test
    void flushWaitsForVisitsStillWaitingForTheirBatch() {
        Database db = new Database();
        ClickBuffer buffer = new ClickBuffer(1_000);
        ClickWriter writer = writer(buffer, db, LONG, Duration.ofSeconds(30));
        buffer.offer(visit(1));
        assertThat(writer.flush(Duration.ofSeconds(30)), is(true));
        assertThat(db.size(), is(1));
        writer.close();
    }
}
