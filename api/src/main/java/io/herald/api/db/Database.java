package io.herald.api.db;

import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import io.helidon.dbclient.DbClient;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Opens the database: migrates the schema with Flyway, then builds the Helidon DB Client (Hikari pool) whose named
 * statements come from {@code db.statements}. Without {@code db.connection.url} it is the embedded H2 file database in
 * Oracle compatibility mode under the data directory; in production the URL points at Oracle.
 */
public final class Database implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(Database.class.getName());

    private final DbClient client;
    private final PlainQueries plainQueries;
    private final String description;

    private Database(DbClient client, PlainQueries plainQueries, String description) {
        this.client = client;
        this.plainQueries = plainQueries;
        this.description = description;
    }

    public static Database open(Config config, Path dataDir) {
        Config db = config.get("db");
        String url = h2Settings(db.get("connection.url").asString()
                .orElseGet(() -> embeddedUrl(dataDir)));
        String user = db.get("connection.username").asString().orElse("herald");
        String password = db.get("connection.password").asString().orElse("herald");

        boolean h2 = url.startsWith("jdbc:h2:");
        Map<String, String> connection = new HashMap<>(Map.of("connection.url", url,
                                                               "connection.username", user,
                                                               "connection.password", password));
        if (h2) {
            // H2's own DataSource rather than the JDBC DriverManager, whose first use starts every driver on the
            // class path: Oracle's registers JMX beans and JFR commands on the way, about 0.4 s of a start.
            connection.put("connection.dataSourceClassName", JdbcDataSource.class.getName());
            connection.put("connection.dataSource.url", url);
            connection.put("connection.dataSource.user", user);
            connection.put("connection.dataSource.password", password);
        }
        Config withUrl = Config.builder()
                .addSource(ConfigSources.create(connection))
                .addSource(ConfigSources.create(db))
                .disableEnvironmentVariablesSource()
                .disableSystemPropertiesSource()
                .build();
        DbClient client;
        // H2 closes an embedded database when its last connection closes, compacting its file on the way out, and
        // opens it again for the next: held open from before Flyway until the pool has a connection, it is opened
        // once at start instead of twice (Database.open on an existing data directory took a quarter less).
        try (Connection held = h2 ? h2DataSource(url, user, password).getConnection() : null) {
            flyway(url, user, password).migrate();
            client = DbClient.create(withUrl);
            client.unwrap(Connection.class).close();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot open the database " + masked(url) + ": " + e.getMessage(), e);
        }
        String description = kind(url) + masked(url);
        LOG.log(Level.INFO, "Database: " + description);
        return new Database(client, new PlainQueries(client, db.get("statements")), description);
    }

    /**
     * Flyway's repair, for a migration that stopped half done (Oracle commits each DDL statement, so a failure leaves
     * the statements before it in place and the migration marked failed, and Herald refuses to start): it deletes the
     * failed migration's row from {@code flyway_schema_history} and realigns checksums, so that the next start runs
     * the migration again. Undo what the failed migration did first (docs/api-reference.md "Oracle" says how). Returns what
     * Flyway did, in a line.
     */
    public static String repairMigrations(Config config, Path dataDir) {
        Config db = config.get("db");
        String url = h2Settings(db.get("connection.url").asString().orElseGet(() -> embeddedUrl(dataDir)));
        var result = flyway(url, db.get("connection.username").asString().orElse("herald"),
                            db.get("connection.password").asString().orElse("herald")).repair();
        String removed = String.join(", ", result.migrationsRemoved.stream()
                .map(m -> "V" + m.version + " (" + m.description + ")").toList());
        return "Repaired the migration history of " + masked(url) + ": removed " + result.migrationsRemoved.size()
               + " failed migration(s)" + (removed.isEmpty() ? "" : ": " + removed) + "; realigned "
               + result.migrationsAligned.size() + " checksum(s). The next start runs what was removed again.";
    }

    private static JdbcDataSource h2DataSource(String url, String user, String password) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        dataSource.setUser(user);
        dataSource.setPassword(password);
        return dataSource;
    }

    private static Flyway flyway(String url, String user, String password) {
        return Flyway.configure()
                .dataSource(url, user, password)
                .locations("classpath:db/migration")
                .load();
    }

    /**
     * The URL with what may be a credential replaced by {@code ***}: the user-info of {@code scheme://user:pw@host},
     * Oracle's {@code jdbc:oracle:thin:user/pw@...}, and {@code password=}, {@code user=} and the like as parameters
     * ({@code ;PASSWORD=} in H2, {@code ?password=} elsewhere). The URL may come from the environment with them in it.
     */
    static String masked(String url) {
        return url.replaceAll("(?i)((?:password|passwd|pwd|user|username)\\s*=)[^;&?]*", "$1***")
                .replaceAll("(?i)^(jdbc:oracle:[a-z0-9]+:)[^@/]*/[^@]*@", "$1***@")
                .replaceAll("://[^/@]*@", "://***@");
    }

    /** What kind of database a URL names, for the log line: an H2 server is not "embedded". */
    static String kind(String url) {
        String lower = url.toLowerCase(java.util.Locale.ROOT);
        if (!lower.startsWith("jdbc:h2:")) {
            return "";
        }
        if (lower.startsWith("jdbc:h2:tcp:") || lower.startsWith("jdbc:h2:ssl:")) {
            return "H2 server (Oracle mode) at ";
        }
        if (lower.startsWith("jdbc:h2:mem:")) {
            return "in-memory H2 (Oracle mode) ";
        }
        if (lower.contains(";auto_server=true")) {
            return "H2 file shared by processes (AUTO_SERVER, Oracle mode) at ";
        }
        return "embedded H2 (Oracle mode) at ";
    }

    /**
     * H2 refuses {@code AUTO_SERVER=TRUE} together with {@code DB_CLOSE_ON_EXIT=FALSE} (error 50100, "feature not
     * supported"), which the embedded URL sets; an operator who copies that URL from the log and adds AUTO_SERVER to
     * share the file with a second process would get the refusal. With AUTO_SERVER the setting is dropped, with a
     * warning: H2 then closes the file in its own shutdown hook, and clicks the writer still held are stored from the
     * click journal at the next start. Several instances should use an H2 server or Oracle (docs/multi-instance.md).
     */
    static String h2Settings(String url) {
        String lower = url.toLowerCase(java.util.Locale.ROOT);
        if (!lower.startsWith("jdbc:h2:") || !lower.contains(";auto_server=true")
            || !lower.contains(";db_close_on_exit=false")) {
            return url;
        }
        LOG.log(Level.WARNING, "The database URL sets AUTO_SERVER=TRUE, which H2 refuses with DB_CLOSE_ON_EXIT=FALSE "
                               + "(error 50100): DB_CLOSE_ON_EXIT=FALSE is dropped. Clicks not stored at a stop are "
                               + "stored from the click journal at the next start. For several instances use an H2 "
                               + "server or Oracle (docs/multi-instance.md).");
        return url.replaceAll("(?i);DB_CLOSE_ON_EXIT=FALSE", "");
    }

    /**
     * The embedded database: a file under the data directory, kept across restarts. DB_CLOSE_ON_EXIT=FALSE: H2's own
     * shutdown hook would close the database while Herald's hook is still writing the clicks it holds in memory;
     * Herald closes it itself, last.
     */
    static String embeddedUrl(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Cannot create the data directory " + dataDir.toAbsolutePath(), e);
        }
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().normalize().resolve("herald")
               + ";MODE=Oracle;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE";
    }

    public DbClient client() {
        return client;
    }

    /** The same named statements over plain JDBC, for reads of many rows. */
    public PlainQueries plainQueries() {
        return plainQueries;
    }

    public String description() {
        return description;
    }

    @Override
    public void close() {
        client.close();
    }
}
