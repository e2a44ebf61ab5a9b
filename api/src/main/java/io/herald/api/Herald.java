package io.herald.api;

import java.nio.file.Path;
import java.time.Clock;

import io.herald.api.content.ContentLookup;
import io.herald.api.content.ContentService;
import io.herald.api.db.Database;
import io.herald.api.guidelines.GuidelinesService;
import io.herald.api.guidelines.StructuralGuidelineValidator;
import io.herald.api.web.JsonBodies;
import io.helidon.config.Config;

/**
 * The running application without its web server: the database and every service, wired once. {@link Main} serves it;
 * tests build one on a private in-memory database.
 */
public final class Herald implements AutoCloseable {
    private final Config config;
    private final Path dataDir;
    private final Database database;
    private final JsonBodies jsonBodies;
    private final Clock clock;
    private final ContentService content;
    private final GuidelinesService guidelines;

    private Herald(Config config, Path dataDir, Database database, Clock clock) {
        this.config = config;
        this.dataDir = dataDir;
        this.database = database;
        this.jsonBodies = JsonBodies.create(config);
        this.clock = clock;
        this.content = ContentService.create(database.client(), clock);
        // The guideline engine's validation replaces the structural one at merge.
        this.guidelines = GuidelinesService.create(database.client(), new StructuralGuidelineValidator(), clock);
    }

    public static Herald start(Config config) {
        return start(config, Clock.systemUTC());
    }

    /** With a given clock, so tests can move time (publish windows, expiry) instead of sleeping. */
    public static Herald start(Config config, Clock clock) {
        Path dataDir = Path.of(config.get("herald.data-dir").asString().orElse("data")).toAbsolutePath().normalize();
        Database database = Database.open(config, dataDir);
        try {
            return new Herald(config, dataDir, database, clock);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    public Config config() {
        return config;
    }

    public Path dataDir() {
        return dataDir;
    }

    public Database database() {
        return database;
    }

    public JsonBodies jsonBodies() {
        return jsonBodies;
    }

    public Clock clock() {
        return clock;
    }

    public ContentService content() {
        return content;
    }

    public GuidelinesService guidelines() {
        return guidelines;
    }

    /** The library as other areas read it (tracked links, the guideline engine's URL lists, team deletion). */
    public ContentLookup contentLookup() {
        return content;
    }

    @Override
    public void close() {
        database.close();
    }
}
