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
 * The repair of a migration that stopped half done, as docs/api-reference.md "Oracle" describes it: Herald refuses to start
 * over a failed migration; once what it did is undone by hand, {@code repair-migrations} (Flyway's repair) forgets the
 * failure and the next start runs the migration again. Oracle commits each DDL statement, so a migration can fail
 * after some of its statements took effect; here the failure of V15_4, the latest migration (Flyway stops at the first
 * failed one, so it is always the latest that fails), is staged in the history on H2. Move it to the latest when one is
 * added.
 */
class MigrationRepairTest {
    @Test
    void aFailedMigrationIsRepairedAndRunsAgain() throws SQLException {
        String url = TestHerald.memoryDatabaseUrl();
        Map<String, String> settings = Map.of("db.connection.url", url);
        TestHerald.start(settings).close();
        // What a V15_4 that failed leaves behind, once what it did was undone by hand: a failed history row.
        execute(url, "UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"version\" = '15.4'");
        execute(url, "ALTER TABLE click_daily DROP CONSTRAINT click_daily_pk");

        Exception failed = assertThrows(RuntimeException.class, () -> TestHerald.start(settings));
        assertThat(failed.getMessage(), containsString("failed migration to version 15.4"));

        String repaired = Database.repairMigrations(HeraldConfig.load(settings), TestHerald.tempDir());
        assertThat(repaired, containsString("removed 1 failed migration(s): V15.4 (click daily pk)"));
        try (Herald herald = TestHerald.start(settings)) {
            assertThat("V15_4 ran again", count(url, "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS "
                                                     + "WHERE CONSTRAINT_NAME = 'CLICK_DAILY_PK'"), is(1L));
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
