package io.herald.api.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import io.herald.api.Herald;
import io.herald.api.HeraldConfig;
import io.herald.api.TestHerald;
import org.junit.jupiter.api.Test;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The repair of a migration that stopped half done, as api/README.md "Oracle" describes it: Herald refuses to start
 * over a failed migration; once what it did is undone by hand, {@code repair-migrations} (Flyway's repair) forgets the
 * failure and the next start runs the migration again. Oracle commits each DDL statement, so a migration can fail
 * after some of its statements took effect; here the failure of V18.1, the latest migration (Flyway stops at the first
 * failed one, so it is always the latest that fails), is staged in the history on H2. Move it to the latest when one is
 * added.
 */
class MigrationRepairTest {
    @Test
    void aFailedMigrationIsRepairedAndRunsAgain() throws SQLException {
        String url = TestHerald.memoryDatabaseUrl();
        Map<String, String> settings = Map.of("db.connection.url", url);
        TestHerald.start(settings).close();
        // What a V18.1 that failed leaves behind, once its row was deleted by hand: a failed history row.
        execute(url, "UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"version\" = '18.1'");
        execute(url, "DELETE FROM first_admin");

        Exception failed = assertThrows(RuntimeException.class, () -> TestHerald.start(settings));
        assertThat(failed.getMessage(), containsString("failed migration to version 18.1"));

        String repaired = Database.repairMigrations(HeraldConfig.load(settings), TestHerald.tempDir());
        assertThat(repaired, containsString("removed 1 failed migration(s): V18.1 (first admin row)"));
        try (Herald herald = TestHerald.start(settings)) {
            assertThat("V18.1 ran again", count(url, "SELECT COUNT(*) FROM first_admin"), is(1L));
        }
    }

    private static void execute(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "herald", "herald");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static long count(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "herald", "herald");
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
