package io.herald.api.attribution;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.List;

import io.herald.api.attribution.shares.ShareRepository;
import io.herald.api.db.PersonalDataOwner;
import io.herald.api.db.Rows;
import io.herald.api.db.Transactions;
import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.DbExecute;

/**
 * Attribution's part of erasing a person: deletes their shares (their findings go with them; the share rollups and
 * other people's copy-paste flags follow, see {@link ShareRepository#erase}) and removes the personal attribution of
 * their links. Links keep redirecting, so posts already out there keep working; they belong to no one from then on,
 * and their clicks, bot visits, daily counts and conversions stay in the aggregates without the person's id.
 *
 * <p>The click writer copies a link's owner into each click from a cache it refreshes once a minute. So after the
 * erasing transaction the writer is told to forget its cache and given time to store what it already held; the
 * person's id is then cleared once more from the clicks of those links, which catches a batch that was written with
 * the old owner while the erasure ran.
 */
public final class PersonalAttribution implements PersonalDataOwner {
    private static final System.Logger LOG = System.getLogger(PersonalAttribution.class.getName());
    private static final Duration WRITER_TIMEOUT = Duration.ofSeconds(10);

    private final DbClient client;
    private final Attribution attribution;
    private final ShareRepository shares;

    public PersonalAttribution(DbClient client, Attribution attribution) {
        this.client = client;
        this.attribution = attribution;
        this.shares = new ShareRepository();
    }

    @Override
    public Runnable erase(DbExecute tx, String userId) {
        List<String> links = tx.namedQuery("erase-link-ids", userId).map(row -> Rows.string(row, "id")).toList();
        shares.erase(tx, userId);
        for (String link : links) {
            tx.namedDml("erase-link", link);
        }
        clearAttribution(tx, userId, links);
        return () -> afterErasure(userId, links);
    }

    private void afterErasure(String userId, List<String> links) {
        if (!attribution.linkOwnersChanged(WRITER_TIMEOUT)) {
            LOG.log(Level.WARNING, "The click writer did not catch up within " + WRITER_TIMEOUT
                                   + " during an erasure; clicks it stores later re-read their links");
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
