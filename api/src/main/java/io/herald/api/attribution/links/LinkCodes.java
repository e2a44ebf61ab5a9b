package io.herald.api.attribution.links;

import java.security.SecureRandom;

/**
 * Link codes: 10 characters of base62 from {@link SecureRandom}, about 59.5 random bits, so that codes cannot be
 * enumerated (at a million links, a random guess hits one with a chance below 2^-39). Only letters and digits: safe
 * in a URL path and in a post, and never ending in punctuation that a platform's link detection would cut off.
 */
public final class LinkCodes {
    public static final int LENGTH = 10;
    private static final char[] ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private LinkCodes() {
    }

    public static String next() {
        char[] code = new char[LENGTH];
        for (int i = 0; i < LENGTH; ) {
            // Rejection sampling keeps every character uniform: 6 random bits, values 62 and 63 drawn again.
            int bits = RANDOM.nextInt() & 63;
            if (bits < ALPHABET.length) {
                code[i++] = ALPHABET[bits];
            }
        }
        return new String(code);
    }

    /** Whether a path segment can be a code at all; anything else is a 404 without a lookup. */
    public static boolean wellFormed(String code) {
        if (code.length() < 6 || code.length() > 16) {
            return false;
        }
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z')) {
                return false;
            }
        }
        return true;
    }
}
