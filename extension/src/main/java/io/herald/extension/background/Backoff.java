package io.herald.extension.background;

/**
 * When to try a failed share report again: 2 s after the first failure, doubling up to 5 minutes, spread by a fifth
 * either way so that many browsers coming back online do not retry in step; never sooner than the server's
 * {@code Retry-After} (in seconds).
 */
final class Backoff {

    static final int FIRST_MS = 2_000;
    static final int MAX_MS = 300_000;

    private Backoff() {
    }

    /**
     * @param attempts   failed attempts so far, 1 or more
     * @param retryAfter the {@code Retry-After} header, or ""
     * @param random     a number in [0, 1), for the spread
     */
    static double delayMs(int attempts, String retryAfter, double random) {
        double delay = FIRST_MS;
        for (int i = 1; i < attempts && delay < MAX_MS; i++) {
            delay *= 2;
        }
        delay = Math.min(delay, MAX_MS) * (0.8 + 0.4 * random);
        return Math.max(delay, retryAfterMs(retryAfter));
    }

    private static double retryAfterMs(String retryAfter) {
        if (retryAfter == null || retryAfter.isEmpty()) {
            return 0;
        }
        try {
            return Math.min(Integer.parseInt(retryAfter.trim()), 3600) * 1000.0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
