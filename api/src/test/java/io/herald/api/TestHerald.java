package io.herald.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Builds a Herald on a private in-memory H2 database (Oracle mode) and a temporary data directory. */
public final class TestHerald {
    private TestHerald() {
    }

    public static Herald start() {
        return start(Map.of());
    }

    public static Herald start(Map<String, String> overrides) {
        return start(overrides, io.herald.api.attribution.ContentTargets.none(), java.time.Clock.systemUTC());
    }

    /** With a content library and a clock of the test's own (attribution tests). */
    public static Herald start(Map<String, String> overrides, io.herald.api.attribution.ContentTargets contentTargets,
                               java.time.Clock clock) {
        Map<String, String> config = new HashMap<>();
        config.put("db.connection.url", "jdbc:h2:mem:herald-" + UUID.randomUUID()
                                        + ";MODE=Oracle;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        config.put("herald.data-dir", tempDir().toString());
        config.putAll(overrides);
        return Herald.start(HeraldConfig.load(config), contentTargets, clock);
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
