package io.herald.api.attribution.shares;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import io.herald.api.attribution.Platform;
import io.herald.api.attribution.UtcDay;
import io.herald.api.db.Rows;
import io.herald.api.db.Transactions;
import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.DbRow;

/** Shares and their findings in the database; rows are mapped here only. */
public final class ShareRepository {
    private final DbClient client;

    public ShareRepository(DbClient client) {
        this.client = client;
    }

    /** Inserts the share and its findings in one transaction; a second insert of the id fails on the primary key. */
    public void insert(Share share, Optional<String> text) {
        Transactions.inTransaction(client, tx -> {
            tx.namedInsert("share-insert", share.id(), share.userId(), share.teamId().orElse(null),
                           share.linkId().orElse(null), share.contentId(), share.platform().id(),
                           share.postedAt().toEpochMilli(), UtcDay.of(share.postedAt().toEpochMilli()),
                           share.ownWords(), share.fingerprint().orElse(null), share.postUrl().orElse(null),
                           text.orElse(null), share.requestHash(), share.createdAt().toEpochMilli());
            share.findings().forEach((rule, hits) -> tx.namedInsert("share-finding-insert", share.id(), rule, hits));
            return share;
        });
    }

    public Optional<Share> find(String id) {
        return client.execute().namedGet("share-get", id).map(row -> share(row, findings(id)));
    }

    private Map<String, Integer> findings(String shareId) {
        Map<String, Integer> findings = new LinkedHashMap<>();
        client.execute().namedQuery("share-findings", shareId)
                .forEach(row -> findings.put(Rows.string(row, "rule_id"), (int) Rows.number(row, "hits")));
        return findings;
    }

    private static Share share(DbRow row, Map<String, Integer> findings) {
        return new Share(Rows.string(row, "id"), Rows.string(row, "user_id"), Rows.optionalString(row, "team_id"),
                         Rows.optionalString(row, "link_id"), Rows.optionalString(row, "code"),
                         Rows.string(row, "content_id"), Platform.fromId(Rows.string(row, "platform")),
                         Rows.instant(row, "posted_at"),
                         new BigDecimal(Rows.string(row, "own_words")).setScale(4, java.math.RoundingMode.HALF_UP),
                         findings, Rows.optionalString(row, "fingerprint"), Rows.optionalString(row, "post_url"),
                         Rows.string(row, "request_hash"), Rows.instant(row, "created_at"));
    }
}
