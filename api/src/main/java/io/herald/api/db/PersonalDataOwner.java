package io.herald.api.db;

import io.helidon.dbclient.DbExecute;

/**
 * An area whose tables hold a person's data, asked by the erasure ({@code DELETE /api/v1/me/data}) to erase theirs:
 * each area erases from its own tables with its own statements, all in the erasure's one transaction.
 */
@FunctionalInterface
public interface PersonalDataOwner {
    /**
     * Erases the person's data inside the erasure's transaction.
     *
     * @return what to do once that transaction is committed (nothing, for most)
     */
    Runnable erase(DbExecute tx, String userId);
}
