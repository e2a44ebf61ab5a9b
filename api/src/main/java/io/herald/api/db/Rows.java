package io.herald.api.db;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.sql.Clob;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import io.helidon.dbclient.DbRow;

/**
 * Reads columns the same way on H2 and Oracle. Their drivers return different Java types for the same SQL type
 * ({@code BigDecimal} or {@code Long} for NUMBER, {@code Clob} for CLOB), so rows are never read with
 * {@code column(..).get(Class)} directly. Timestamps are stored as epoch milliseconds in NUMBER(19) columns: the one
 * time representation both databases and drivers agree on, with no session time zone involved.
 */
public final class Rows {
    private Rows() {
    }

    public static String string(DbRow row, String column) {
        return optionalString(row, column)
                .orElseThrow(() -> new IllegalStateException("Column " + column + " is null"));
    }

    public static Optional<String> optionalString(DbRow row, String column) {
        return value(row, column).map(value -> value instanceof Clob clob ? read(clob) : value.toString());
    }

    public static long number(DbRow row, String column) {
        return optionalNumber(row, column)
                .orElseThrow(() -> new IllegalStateException("Column " + column + " is null"));
    }

    public static Optional<Long> optionalNumber(DbRow row, String column) {
        return value(row, column).map(value -> ((Number) value).longValue());
    }

    public static boolean flag(DbRow row, String column) {
        return optionalNumber(row, column).orElse(0L) != 0;
    }

    public static Instant instant(DbRow row, String column) {
        return Instant.ofEpochMilli(number(row, column));
    }

    public static Optional<Instant> optionalInstant(DbRow row, String column) {
        return optionalNumber(row, column).map(Instant::ofEpochMilli);
    }

    /** The value to bind for an optional timestamp column. */
    public static Long millis(Optional<Instant> instant) {
        return instant.map(Instant::toEpochMilli).orElse(null);
    }

    public static int flag(boolean value) {
        return value ? 1 : 0;
    }

    /**
     * A column's value by its name as written in SQL. Oracle and H2 report unquoted identifiers (and aliases) in upper
     * case, and the DB Client looks names up case-sensitively, so {@code "id"} is found as {@code ID}. SQL NULL is
     * empty: {@code get(Object.class)} is the accessor that returns null for it ({@code get()} and
     * {@code asOptional()} throw).
     */
    private static Optional<Object> value(DbRow row, String column) {
        return Optional.ofNullable(row.column(column.toUpperCase(Locale.ROOT)).get(Object.class));
    }

    private static String read(Clob clob) {
        try (Reader reader = clob.getCharacterStream()) {
            StringBuilder text = new StringBuilder();
            char[] buffer = new char[8192];
            for (int n; (n = reader.read(buffer)) >= 0; ) {
                text.append(buffer, 0, n);
            }
            return text.toString();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read a CLOB column", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
