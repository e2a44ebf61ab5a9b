package io.herald.api.attribution.redirect;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import io.herald.api.attribution.MovableClock;
import org.junit.jupiter.api.Test;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;

class ClickIdsTest {
    private final MovableClock clock = new MovableClock(Instant.parse("2026-05-01T12:00:00.123Z"));
    private final ClickIds ids = new ClickIds(clock);

    @Test
    void idsAreUrlSafeDistinctAndSayWhenTheyWereIssued() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String id = ids.next();
            assertThat(id.matches("[0-9A-Za-z]{22}"), is(true));
            assertThat(seen.add(id), is(true));
        }
        assertThat(ClickIds.issuedAt(ids.next()).orElseThrow(), is(clock.instant()));
        assertThat(ClickIds.issuedAt("not-a-click-id!").isPresent(), is(false));
    }

    @Test
    void threadsDrawingAtOnceNeverGetTheSameId() throws Exception {
        // Ids come from shared blocks of random bytes: two threads must never be handed the same bytes.
        Set<String> seen = ConcurrentHashMap.newKeySet();
        AtomicInteger repeated = new AtomicInteger();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int t = 0; t < 64; t++) {
                threads.submit(() -> {
                    for (int i = 0; i < 2_000; i++) {
                        if (!seen.add(ids.next())) {
                            repeated.incrementAndGet();
                        }
                    }
                });
            }
        }
        assertThat(repeated.get(), is(0));
        assertThat(seen.size(), is(64 * 2_000));
    }

    @Test
    void laterIdsSortAfterEarlierOnes() {
        String first = ids.next();
        clock.advance(java.time.Duration.ofMillis(1));
        assertThat(first.compareTo(ids.next()), lessThan(0));
    }
}
