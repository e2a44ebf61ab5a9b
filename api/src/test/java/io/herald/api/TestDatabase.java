package io.herald.api;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The database of each test Herald: by default a private in-memory H2 in Oracle mode. With
 * {@code -Dherald.test.oracle.url=jdbc:oracle:thin:@//host:1521/FREEPDB1} (and {@code herald.test.oracle.admin-user},
 * {@code herald.test.oracle.admin-password}, optionally {@code herald.test.oracle.tablespace}, default USERS) every
 * test Herald gets a schema of its own on that Oracle instead, made with exactly the grants docs/api-reference.md asks for
 * (so the suite also proves they are enough) and dropped when the JVM ends. With
 * {@code -Dherald.test.database=oracle-free} (the Maven profile {@code oracle-free}) those settings come from an
 * Oracle Free container that Testcontainers starts ({@code src/test-oracle/java}); see docs/api-reference.md "Oracle".
 *
 * <p>A few tests open H2 themselves ({@link TestHerald#memoryDatabaseUrl()}: restarts, the first admin invite, the
 * V6 migration test); they stay on H2.
 */
public final class TestDatabase {
    private static final List<String> CREATED = new ArrayList<>();

    /** Connection settings as Herald reads them ({@code db.connection.*}). */
    public record Settings(String url, String username, String password) {
        public Map<String, String> config() {
            return Map.of("db.connection.url", url, "db.connection.username", username,
                          "db.connection.password", password);
        }
    }

    private TestDatabase() {
    }

    /** A database no other test uses. */
    public static synchronized Settings fresh() {
        if ("oracle-free".equals(System.getProperty("herald.test.database"))
            && System.getProperty("herald.test.oracle.url") == null) {
            startOracleFree();
        }
        String oracle = System.getProperty("herald.test.oracle.url");
        if (oracle == null) {
            return new Settings(TestHerald.memoryDatabaseUrl(), "herald", "herald");
        }
        return oracleSchema(oracle);
    }

    /** Starts the container through the oracle-free profile's class, which only that profile compiles. */
    private static void startOracleFree() {
        try {
            Class.forName("io.herald.api.OracleFreeContainer").getMethod("start").invoke(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("herald.test.database=oracle-free needs the Maven profile oracle-free "
                                            + "(./mvnw -Poracle-free -pl api -am verify)", e);
        }
    }

    private static Settings oracleSchema(String url) {
        String user = "HERALD_T" + UUID.randomUUID().toString().replace("-", "").substring(0, 20)
                .toUpperCase(Locale.ROOT);
        String password = "P" + UUID.randomUUID().toString().replace("-", "").substring(0, 24);
        String tablespace = System.getProperty("herald.test.oracle.tablespace", "USERS");
        admin(url, List.of(
                "CREATE USER " + user + " IDENTIFIED BY \"" + password + "\" DEFAULT TABLESPACE " + tablespace
                + " QUOTA UNLIMITED ON " + tablespace,
                // The grants docs/api-reference.md "Oracle" documents, and nothing more.
                "GRANT CREATE SESSION, CREATE TABLE, CREATE VIEW TO " + user));
        if (CREATED.isEmpty()) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> dropAll(url), "herald-test-schemas"));
        }
        CREATED.add(user);
        return new Settings(url, user, password);
    }

    private static synchronized void dropAll(String url) {
        List<String> drops = CREATED.stream().map(user -> "DROP USER " + user + " CASCADE").toList();
        try {
            admin(url, drops);
        } catch (IllegalStateException e) {
            System.err.println("Could not drop the test schemas " + CREATED + ": " + e.getMessage());
        }
    }

    private static void admin(String url, List<String> statements) {
        String user = System.getProperty("herald.test.oracle.admin-user", "system");
        String password = System.getProperty("herald.test.oracle.admin-password");
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Oracle test schema: " + e.getMessage(), e);
        }
    }
}
