package io.herald.api.attribution.redirect;

import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Click ids ({@code hclid}): 22 characters of base62, the first 8 the click's time in milliseconds and the other 14
 * random (about 83 bits from {@link SecureRandom}), so that no one can guess another visitor's id and claim a
 * conversion for it. Starting with the time keeps ids in creation order, so new clicks append to the primary key of
 * {@code clicks} instead of landing all over it: the writer's inserts are much cheaper that way.
 *
 * <p>A {@link SecureRandom} serialises its callers; the redirect runs on many threads at once, so ids are drawn from
 * a few independent generators picked by thread id rather than from one. Each generator is asked for a block of
 * bytes at a time: the DRBG's cost is mostly per call (it updates its state with extra hashes each time), so one call
 * per 64 ids costs a fraction of one per id.
 */
public final class ClickIds {
    private static final char[] BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();
    private static final int TIME_CHARS = 8;
    private static final int RANDOM_CHARS_PER_LONG = 7;

    private static final int RANDOM_BYTES = 16;
    private static final int IDS_PER_BLOCK = 64;

    private final Clock clock;
    private final RandomBlocks[] generators;

    public ClickIds(Clock clock) {
        this.clock = clock;
        generators = new RandomBlocks[Math.max(2, Runtime.getRuntime().availableProcessors() * 2)];
        for (int i = 0; i < generators.length; i++) {
            generators[i] = new RandomBlocks(drbg());
        }
    }

    /**
     * The JDK's DRBG (NIST SP 800-90A), seeded from the operating system: each instance generates in memory. The
     * default on Linux (NativePRNG) reads /dev/urandom through one lock shared by all its instances.
     */
    private static SecureRandom drbg() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (java.security.NoSuchAlgorithmException e) {
            return new SecureRandom();
        }
    }

    public String next() {
        char[] id = new char[TIME_CHARS + 2 * RANDOM_CHARS_PER_LONG];
        long time = clock.millis();
        for (int i = TIME_CHARS - 1; i >= 0; i--) {
            id[i] = BASE62[(int) (time % 62)];
            time /= 62;
        }
        // 16 random bytes, read as two 64-bit values.
        byte[] bytes = new byte[RANDOM_BYTES];
        generators[(int) (Thread.currentThread().threadId() % generators.length)].next(bytes);
        // 62^7 is below 2^42: seven digits of a random 64-bit value, their bias far below anything measurable.
        fill(id, TIME_CHARS, ByteBuffer.wrap(bytes, 0, 8).getLong());
        fill(id, TIME_CHARS + RANDOM_CHARS_PER_LONG, ByteBuffer.wrap(bytes, 8, 8).getLong());
        return new String(id);
    }

    /** One generator and the unused rest of the last block it gave; each byte is handed out once. */
    private static final class RandomBlocks {
        private final SecureRandom generator;
        private final byte[] block = new byte[RANDOM_BYTES * IDS_PER_BLOCK];
        private final ReentrantLock lock = new ReentrantLock();
        private int used = block.length;

        RandomBlocks(SecureRandom generator) {
            this.generator = generator;
        }

        void next(byte[] into) {
            lock.lock();
            try {
                if (used == block.length) {
                    generator.nextBytes(block);
                    used = 0;
                }
                System.arraycopy(block, used, into, 0, into.length);
                used += into.length;
            } finally {
                lock.unlock();
            }
        }
    }

    /** When a click id was issued, read from its first characters; empty for anything that is not a click id. */
    public static Optional<Instant> issuedAt(String clickId) {
        if (clickId.length() != TIME_CHARS + 2 * RANDOM_CHARS_PER_LONG) {
            return Optional.empty();
        }
        long time = 0;
        for (int i = 0; i < clickId.length(); i++) {
            char c = clickId.charAt(i);
            int digit = c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'Z' ? c - 'A' + 10
                    : c >= 'a' && c <= 'z' ? c - 'a' + 36 : -1;
            if (digit < 0) {
                return Optional.empty();
            }
            if (i < TIME_CHARS) {
                time = time * 62 + digit;
            }
        }
        return Optional.of(Instant.ofEpochMilli(time));
    }

    private static void fill(char[] id, int from, long bits) {
        for (int i = 0; i < RANDOM_CHARS_PER_LONG; i++) {
            id[from + i] = BASE62[(int) Long.remainderUnsigned(bits, 62)];
            bits = Long.divideUnsigned(bits, 62);
        }
    }
}
