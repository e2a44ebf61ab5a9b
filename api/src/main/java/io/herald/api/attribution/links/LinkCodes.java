package io.herald.api.attribution.links;

import io.herald.api.attribution.RandomCodes;

/**
 * Link codes: 10 characters of base62 from {@link RandomCodes}, about 59.5 random bits, so that codes cannot be
 * enumerated (at a million links, a random guess hits one with a chance below 2^-39). Only letters and digits: safe
 * in a URL path and in a post, and never ending in punctuation that a platform's link detection would cut off.
 */
public final class LinkCodes {
    public static final int LENGTH = 10;

    private LinkCodes() {
    }

    public static String next() {
        return RandomCodes.base62(LENGTH);
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
