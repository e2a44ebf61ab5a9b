package io.herald.api;

import java.nio.file.Path;

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

    private Herald(Config config, Path dataDir, Database database) {
        this.config = config;
        this.dataDir = dataDir;
        this.database = database;
        this.jsonBodies = JsonBodies.create(config);
    }

    public static Herald start(Config config) {
        Path dataDir = Path.of(config.get("herald.data-dir").asString().orElse("data")).toAbsolutePath().normalize();
        Database database = Database.open(config, dataDir);
        return new Herald(config, dataDir, database);
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

    @Override
    public void close() {
        database.close();
    }
}
