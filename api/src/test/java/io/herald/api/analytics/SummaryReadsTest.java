package io.herald.api.analytics;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

/** The summary's reads take a bounded share of the connection pool, however many summaries are built at once. */
class SummaryReadsTest {
    @Test
    void twoSummariesReadsRunAtMostFourAtOnceAndAllComplete() throws Exception {
        ExecutorService reads = Summaries.readers(Summaries.READS_AT_ONCE);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            int read = i;
            results.add(reads.submit(() -> {
                most.accumulateAndGet(running.incrementAndGet(), Math::max);
                release.await();
                running.decrementAndGet();
                return read;
            }));
        }
        Thread.sleep(200);
        assertThat(running.get(), is(Summaries.READS_AT_ONCE));
        release.countDown();
        for (int i = 0; i < results.size(); i++) {
            assertThat(results.get(i).get(10, TimeUnit.SECONDS), is(i));
        }
        assertThat(most.get(), is(Summaries.READS_AT_ONCE));
    }

    @Test
    void anAbandonedReadThatHasNotStartedNeverRuns() throws Exception {
        ExecutorService reads = Summaries.readers(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger ran = new AtomicInteger();
        Future<?> first = reads.submit(() -> {
            release.await();
            return null;
        });
        Future<?> queued = reads.submit(ran::incrementAndGet);
        queued.cancel(false);
        release.countDown();
        first.get(10, TimeUnit.SECONDS);
        reads.submit(() -> null).get(10, TimeUnit.SECONDS);
        assertThat(ran.get(), is(0));
    }
}
