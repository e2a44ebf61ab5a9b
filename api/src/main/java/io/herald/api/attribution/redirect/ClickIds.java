package io.herald.api.attribution.redirect;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Click ids ({@code hclid}): 128 random bits from {@link SecureRandom}, base64url without padding (22 characters).
 * Unguessable, so that a website cannot claim conversions for clicks it never received.
 *
 * <p>A {@link SecureRandom} serialises its callers; the redirect runs on many threads at once, so ids are drawn from
 * a few independent generators picked by thread id rather than from one.
 */
public final class ClickIds {
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final SecureRandom[] generators;

    public ClickIds() {
        generators = new SecureRandom[Math.max(2, Runtime.getRuntime().availableProcessors() * 2)];
        for (int i = 0; i < generators.length; i++) {
            generators[i] = drbg();
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
        byte[] bytes = new byte[16];
        SecureRandom random = generators[(int) (Thread.currentThread().threadId() % generators.length)];
        random.nextBytes(bytes);
        return ENCODER.encodeToString(bytes);
    }
}
