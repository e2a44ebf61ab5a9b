package io.herald.common.lint.regex;

/** A pattern the safety check refuses; the message says why, for the admin. */
final class UnsupportedRegex extends RuntimeException {

    UnsupportedRegex(String message) {
        super(message);
    }
}
