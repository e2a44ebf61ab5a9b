package io.herald.api.analytics;

import java.util.List;

import io.herald.api.db.PersonalDataOwner;
import io.herald.api.db.Transactions;
import io.helidon.dbclient.DbClient;

/**
 * {@code DELETE /api/v1/me/data}: asks each area that holds a person's data to erase it ({@link PersonalDataOwner}),
 * all in one transaction, then lets each finish what needs that transaction committed (attribution waits for the
 * click writer, see {@code attribution.PersonalAttribution}). Analytics' own part is the person's preferences.
 */
final class Erasure {
    private final DbClient client;
    private final List<PersonalDataOwner> owners;

    Erasure(DbClient client, List<PersonalDataOwner> owners) {
        this.client = client;
        this.owners = owners;
    }

    void erase(String userId) {
        List<Runnable> afterwards = Transactions.inTransaction(
                client, tx -> owners.stream().map(owner -> owner.erase(tx, userId)).toList());
        afterwards.forEach(Runnable::run);
    }
}
