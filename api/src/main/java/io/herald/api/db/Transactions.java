package io.herald.api.db;

import java.util.function.Function;

import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.DbTransaction;

/**
 * Runs work in one database transaction: committed when the work returns, rolled back when it throws (the exception,
 * often an {@code ApiException} for a broken rule, then goes on to the caller unchanged).
 */
public final class Transactions {
    private Transactions() {
    }

    public static <T> T inTransaction(DbClient client, Function<DbTransaction, T> work) {
        DbTransaction tx = client.transaction();
        T result;
        try {
            result = work.apply(tx);
        } catch (RuntimeException | Error e) {
            try {
                tx.rollback();
            } catch (RuntimeException rollbackFailure) {
                e.addSuppressed(rollbackFailure);
            }
            throw e;
        }
        tx.commit();
        return result;
    }
}
