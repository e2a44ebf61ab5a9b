package io.herald.api.analytics;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.List;

import io.herald.api.attribution.Attribution;
import io.herald.api.attribution.shares.ShareRepository;
import io.herald.api.db.Rows;
import io.herald.api.db.Transactions;
import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.DbExecute;

/**
 * {@code DELETE /api/v1/me/data}: deletes a person's shares (their findings go with them; the share rollups and other
 * people's copy-paste flags follow, see {@link ShareRepository#erase}), their preferences, and the personal
 * attribution of their links. Links keep redirecting, so posts already out there keep working; they belong to no one
 * from then on, and their clicks, bot visits, daily counts and conversions stay in the aggregates without the
 * person's id.
 *
 * <p>The click writer copies a link's owner into each click from a cache it refreshes once a minute. So after the
 * erasing transaction the writer of every instance on the database is told to forget its cache and given time to
 * store what it already held (see {@code Attribution.linkOwnersChanged}); the person's id is then cleared once more
 * from the clicks of those links, which catches a batch that was written with the old owner while the erasure ran.
 */
final class Erasure {
    private static final System.Logger LOG = System.getLogger(Erasure.class.getName());
    private static final Duration WRITER_TIMEOUT = Duration.ofSeconds(10);

    private final DbClient client;
    private final Attribution attribution;
    private final ShareRepository shares;

    Erasure(DbClient client, Attribution attribution, ShareRepository shares) {
        this.client = client;
        this.attribution = attribution;
        this.shares = shares;
    }

    void erase(String userId) {
        List<String> links = Transactions.inTransaction(client, tx -> {
            List<String> ids = tx.namedQuery("erase-link-ids", userId).map(row -> Rows.string(row, "id")).toList();
            shares.erase(tx, userId);
            tx.namedDml("erase-preferences", userId);
            for (String link : ids) {
                tx.namedDml("erase-link", link);
            }
            clearAttribution(tx, userId, ids);
            return ids;
        });
        if (!attribution.linkOwnersChanged(WRITER_TIMEOUT)) {
            LOG.log(Level.WARNING, "A click writer (of this instance or another) did not catch up within "
                                   + WRITER_TIMEOUT + " during an erasure; clicks it stores later re-read their links");
        }
        Transactions.inTransaction(client, tx -> {
            clearAttribution(tx, userId, links);
            return links.size();
        });
    }

    private static void clearAttribution(DbExecute tx, String userId, List<String> links) {
        for (String link : links) {
            tx.namedDml("erase-link-bot-visits", link);
        }
        tx.namedDml("erase-click-daily", userId);
        tx.namedDml("erase-conversions", userId);
    }
}
