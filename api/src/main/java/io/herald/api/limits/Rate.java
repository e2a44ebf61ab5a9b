package io.herald.api.limits;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * How many requests a key may make per period: {@code 60/PT1M} is 60 a minute, all of them at once if need be (a
 * bucket of 60 that refills one every second). {@code off} is no limit.
 */
public record Rate(int requests, Duration period) {
    public Rate {
        if (requests < 1 || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("a rate needs at least 1 request and a positive period");
        }
    }

    /** A rate from configuration; the message of a bad value names the key. */
    public static Optional<Rate> parse(String key, String value) {
        String text = value.strip();
        if (text.equalsIgnoreCase("off")) {
            return Optional.empty();
        }
        int slash = text.indexOf('/');
        try {
            if (slash > 0) {
                return Optional.of(new Rate(Integer.parseInt(text.substring(0, slash).strip()),
                                            Duration.parse(text.substring(slash + 1).strip())));
            }
        } catch (NumberFormatException | DateTimeParseException e) {
            // Answered below.
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(key + ": " + e.getMessage() + " (got '" + value + "')");
        }
        throw new IllegalStateException(key + " must be <requests>/<ISO-8601 period> such as 60/PT1M, or off (got '"
                                        + value + "')");
    }

    /** Requests regained per millisecond. */
    double perMilli() {
        return (double) requests / period.toMillis();
    }

    @Override
    public String toString() {
        return requests + "/" + period;
    }
}
