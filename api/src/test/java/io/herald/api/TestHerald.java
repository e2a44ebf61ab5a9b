package io.herald.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;


/**
 * Builds a Herald on a database of its own ({@link TestDatabase}: in-memory H2 in Oracle mode, or a schema on Oracle
 * when the run says so) and a temporary data directory (which holds the click journal).
 */
public final class TestHerald {
    /** Every rate limit off, for tests that send many requests from one address on purpose (fuzzing). */
    public static final Map<String, String> WITHOUT_RATE_LIMITS = Map.of(
            "herald.limits.redeem.per-address", "off",
            "herald.limits.refresh.per-address", "off",
            "herald.limits.lint.per-address", "off",
            "herald.limits.lint.per-user", "off",
            "herald.limits.links.per-address", "off",
            "herald.limits.links.per-user", "off",
            "herald.limits.conversions.per-address", "off",
            "herald.limits.conversions.per-key", "off",
            "herald.limits.unknown-codes.per-address", "off");

    private TestHerald() {
    }

    public static Herald start() {
        return start(Map.of());
    }

    public static Herald start(Map<String, String> overrides) {
        return start(overrides, Clock.systemUTC());
    }

    /** A Herald whose notion of now is {@code clock}, e.g. a {@link TestClock}, for expiry tests. */
    public static Herald start(Map<String, String> overrides, Clock clock) {
        return Herald.start(HeraldConfig.load(config(overrides)), clock);
    }

    /** A new private in-memory database, kept until the JVM ends so a second Herald can open it again. */
    public static String memoryDatabaseUrl() {
        return "jdbc:h2:mem:herald-" + UUID.randomUUID() + ";MODE=Oracle;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    }

    private static Map<String, String> config(Map<String, String> overrides) {
        Map<String, String> config = new HashMap<>(TestDatabase.fresh().config());
        config.put("herald.data-dir", tempDir().toString());
        // The click journal as in production, in small segments: test runs start Herald many times.
        config.put("herald.redirect.journal.segment-size", "65536");
        config.putAll(overrides);
        return config;
    }

    public static Path tempDir() {
        try {
            Path dir = Files.createTempDirectory("herald-test");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
