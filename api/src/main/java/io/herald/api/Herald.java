package io.herald.api;

import java.nio.file.Path;
import java.time.Clock;

import io.herald.api.attribution.Attribution;
import io.herald.api.attribution.ContentTargets;
import io.herald.api.db.Database;
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
    private final Attribution attribution;
    private boolean closed;

    private Herald(Config config, Path dataDir, Database database, ContentTargets contentTargets, Clock clock) {
        this.config = config;
        this.dataDir = dataDir;
        this.database = database;
        this.jsonBodies = JsonBodies.create(config);
        this.attribution = Attribution.start(config, database, jsonBodies, contentTargets, clock);
    }

    public static Herald start(Config config) {
        // Until the content work is merged there is no content library: the merge passes its repository here.
        return start(config, ContentTargets.none(), Clock.systemUTC());
    }

    /** Herald with the given content library and clock (tests: an in-memory library, a clock they move). */
    public static Herald start(Config config, ContentTargets contentTargets, Clock clock) {
        Path dataDir = Path.of(config.get("herald.data-dir").asString().orElse("data")).toAbsolutePath().normalize();
        Database database = Database.open(config, dataDir);
        return new Herald(config, dataDir, database, contentTargets, clock);
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

    public Attribution attribution() {
        return attribution;
    }

    /** Flushes what is held in memory (clicks), then closes the database. Safe to call more than once. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        attribution.close();
        database.close();
    }
}
