package io.herald.api.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

import io.helidon.config.Config;
import io.helidon.dbclient.DbClient;

/**
 * Named statements ({@code db.statements}) run over plain JDBC, for reads of many thousand rows: the DB Client maps
 * each row into a {@code DbRow} of {@code DbColumn}s, which costs about 2 µs a row, several times what the database
 * spends reading a row of a covering index (the KPI summary reads tens of thousands of rollup rows). The connection is
 * the DB Client's pooled one, returned on close. Columns are read with {@code getLong}, {@code getString} and
 * {@code getBigDecimal}, which H2's and Oracle's drivers answer alike for NUMBER and VARCHAR2.
 */
public final class PlainQueries {
    private final DbClient client;
    private final Config statements;

    PlainQueries(DbClient client, Config statements) {
        this.client = client;
        this.statements = statements;
    }

    /** Maps the current row of a result; called once per row. */
    @FunctionalInterface
    public interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    /**
     * The rows of a named statement. Parameters are Integer, Long or String; a null one is bound as a VARCHAR NULL
     * (Oracle's driver refuses an untyped null), which is what the statements' {@code CAST(? AS VARCHAR2(..))} expect.
     */
    public <T> List<T> list(String statement, RowReader<T> reader, Object... parameters) {
        String sql = sql(statement);
        try (Connection connection = client.unwrap(Connection.class);
             PreparedStatement prepared = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                if (parameters[i] == null) {
                    prepared.setNull(i + 1, Types.VARCHAR);
                } else {
                    prepared.setObject(i + 1, parameters[i]);
                }
            }
            List<T> rows = new ArrayList<>();
            try (ResultSet result = prepared.executeQuery()) {
                while (result.next()) {
                    rows.add(reader.read(result));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("Statement " + statement + " failed: " + e.getMessage(), e);
        }
    }

    /** The SQL of a named statement of {@code db.statements}, for the places that run it over plain JDBC. */
    public String sql(String name) {
        return statements.get(name).asString()
                .orElseThrow(() -> new IllegalStateException("Missing statement db.statements." + name));
    }
}
