package io.herald.api.attribution;

import java.sql.SQLException;

/**
 * Recognises a unique-key violation under the DB Client's exception, on H2 and Oracle alike. Inserts that may race
 * (one link per employee, content and platform; idempotent shares and conversions) insert first and, on a violation,
 * read the row that won: portable where {@code ON CONFLICT} is not.
 */
public final class Constraints {
    private Constraints() {
    }

    public static boolean isUniqueViolation(Throwable error) {
        for (Throwable e = error; e != null; e = e.getCause()) {
            if (e instanceof java.sql.SQLIntegrityConstraintViolationException) {
                return true;
            }
            // H2 reports 23505, Oracle ORA-00001 (SQL state 23000); SQL state class 23 is "integrity constraint".
            if (e instanceof SQLException sql && ("23505".equals(sql.getSQLState()) || sql.getErrorCode() == 1)) {
                return true;
            }
        }
        return false;
    }
}
