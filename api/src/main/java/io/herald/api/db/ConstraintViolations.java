package io.herald.api.db;

import java.sql.SQLException;
import java.util.Set;

/**
 * Recognises a write refused by a unique or a foreign-key constraint, whichever database refused it. NOT NULL and CHECK
 * violations are deliberately not included: those mean the code let bad data through, which is a bug (a 500), not a
 * conflict with other data.
 */
public final class ConstraintViolations {
    /** SQL-standard states, as H2 reports them: unique, child rows exist, parent missing. */
    private static final Set<String> STATES = Set.of("23505", "23503", "23506");
    /** Oracle reports state 23000 for all of them; its error codes tell them apart (ORA-00001, ORA-02291, ORA-02292). */
    private static final Set<Integer> ORACLE_CODES = Set.of(1, 2291, 2292);

    private ConstraintViolations() {
    }

    public static boolean isViolation(Throwable error) {
        int depth = 0;
        for (Throwable cause = error; cause != null && depth < 16; cause = cause.getCause(), depth++) {
            if (cause instanceof SQLException sql && isConflict(sql)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isConflict(SQLException sql) {
        String state = sql.getSQLState();
        return state != null && state.startsWith("23")
               && (STATES.contains(state) || ORACLE_CODES.contains(sql.getErrorCode()));
    }
}
