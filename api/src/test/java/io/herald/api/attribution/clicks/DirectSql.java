package io.herald.api.attribution.clicks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A test's database reached by its URL rather than through Herald, so it also works while the clicks table is renamed
 * away under Herald and after Herald (and its pool) is closed.
 */
final class DirectSql {
    private DirectSql() {
    }

    static long clicks(String url) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "herald", "herald");
             ResultSet rows = c.createStatement().executeQuery("SELECT COUNT(*) FROM clicks")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    static void execute(String url, String statement) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "herald", "herald")) {
            c.createStatement().execute(statement);
        }
    }
}
