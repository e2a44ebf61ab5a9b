package io.herald.api.db;

import java.sql.SQLException;
import java.util.Locale;

/**
 * Recognises a broken integrity constraint behind a DB Client exception, on Oracle and H2 alike: both report SQL
 * state class 23 and name the constraint in the message, so callers can turn an expected race (two writers taking
 * the same unique value) into a retry or a 4xx instead of a 500.
 */
public final class Constraints {
    private Constraints() {
    }

    /** Whether {@code error} was caused by breaking the named constraint (as written in the migration). */
    public static boolean violated(Throwable error, String constraint) {
        String name = constraint.toUpperCase(Locale.ROOT);
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")
                && String.valueOf(sql.getMessage()).toUpperCase(Locale.ROOT).contains(name)) {
                return true;
            }
        }
        return false;
    }
}
