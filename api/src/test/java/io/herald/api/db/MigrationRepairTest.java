package io.herald.api.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import io.herald.api.Herald;
import io.herald.api.HeraldConfig;
import io.herald.api.TestHerald;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The repair of a migration that stopped half done, as docs/api-reference.md "Oracle" describes it: Herald refuses to start
 * over a failed migration; once what it did is undone by hand, {@code repair-migrations} (Flyway's repair) forgets the
 * failure and the next start runs the migration again. Oracle commits each DDL statement, so a migration can fail
 * after some of its statements took effect. Flyway stops at the first failed migration, so it is always the latest
 * that fails: here the latest migration found, whichever it is, is staged on H2 as failed with what it did undone
 * (the schema migrated up to the one before it, and its history row written as Flyway writes a failure).
 */
class MigrationRepairTest {
    private static final String USER = "herald";

    @Test
    void theLatestMigrationFailedIsRepairedAndRunsAgain() throws SQLException {
        String url = TestHerald.memoryDatabaseUrl();
        Map<String, String> settings = Map.of("db.connection.url", url);
        MigrationInfo[] migrations = flyway(url).load().info().all();
        MigrationInfo latest = migrations[migrations.length - 1];
        MigrationInfo before = migrations[migrations.length - 2];
        flyway(url).target(before.getVersion()).load().migrate();
        recordFailure(url, latest);

        Exception failed = assertThrows(RuntimeException.class, () -> TestHerald.start(settings));
        assertThat(failed.getMessage(), containsString("failed migration to version " + latest.getVersion()));

        String repaired = Database.repairMigrations(HeraldConfig.load(settings), TestHerald.tempDir());
        assertThat(repaired, containsString("removed 1 failed migration(s): V" + latest.getVersion() + " ("
                                            + latest.getDescription() + ")"));
        try (Herald herald = TestHerald.start(settings)) {
            assertThat(latest.getScript() + " ran again", succeeded(url, latest), is(true));
        }
    }

    private static FluentConfiguration flyway(String url) {
        return Flyway.configure().dataSource(url, USER, USER).locations("classpath:db/migration");
    }

    /** The history row Flyway leaves when a migration fails on a database that cannot roll DDL back (Oracle). */
    private static void recordFailure(String url, MigrationInfo migration) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, USER, USER);
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", "
                     + "\"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\") "
                     + "SELECT MAX(\"installed_rank\") + 1, ?, ?, 'SQL', ?, ?, ?, 0, FALSE "
                     + "FROM \"flyway_schema_history\"")) {
            insert.setString(1, migration.getVersion().getVersion());
            insert.setString(2, migration.getDescription());
            insert.setString(3, migration.getScript());
            insert.setInt(4, migration.getChecksum());
            insert.setString(5, USER);
            insert.executeUpdate();
        }
    }

    private static boolean succeeded(String url, MigrationInfo migration) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, USER, USER);
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT \"success\" FROM \"flyway_schema_history\" WHERE "
                                                       + "\"version\" = '" + migration.getVersion() + "'")) {
            return result.next() && result.getBoolean(1);
        }
    }
}
