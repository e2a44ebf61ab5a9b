package io.herald.api.attribution;

import java.security.SecureRandom;

/** Random letters and digits from {@link SecureRandom}: link codes and site keys. About 5.95 bits per character. */
public final class RandomCodes {
    private static final char[] ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomCodes() {
    }

    public static String base62(int length) {
        char[] code = new char[length];
        for (int i = 0; i < length; ) {
            // Rejection sampling keeps every character uniform: 6 random bits, values 62 and 63 drawn again.
            int bits = RANDOM.nextInt() & 63;
            if (bits < ALPHABET.length) {
                code[i++] = ALPHABET[bits];
            }
        }
        return new String(code);
    }
}
