package io.herald.extension.background;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void doublesFromTwoSecondsUpToFiveMinutes() {
        assertEquals(2_000, Backoff.delayMs(1, "", 0.5), 0.001);
        assertEquals(4_000, Backoff.delayMs(2, "", 0.5), 0.001);
        assertEquals(8_000, Backoff.delayMs(3, "", 0.5), 0.001);
        assertEquals(300_000, Backoff.delayMs(30, "", 0.5), 0.001);
        assertEquals(300_000, Backoff.delayMs(Integer.MAX_VALUE, "", 0.5), 0.001);
    }

    @Test
    void spreadByAFifthEitherWay() {
        assertEquals(1_600, Backoff.delayMs(1, "", 0.0), 0.001);
        assertEquals(2_399.2, Backoff.delayMs(1, "", 0.999), 0.001);
    }

    @Test
    void neverSoonerThanRetryAfterSeconds() {
        assertEquals(120_000, Backoff.delayMs(1, "120", 0.5), 0.001);
        assertEquals(2_000, Backoff.delayMs(1, "1", 0.5), 0.001);
        assertEquals(2_000, Backoff.delayMs(1, "Wed, 21 Oct 2015 07:28:00 GMT", 0.5), 0.001);
        assertEquals(3_600_000, Backoff.delayMs(1, "999999", 0.5), 0.001);
    }
}
