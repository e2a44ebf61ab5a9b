package io.herald.api.attribution.shares;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import io.herald.api.attribution.UtcDay;
import io.herald.api.db.Rows;
import io.herald.api.web.Choice;
import io.herald.common.platform.Platform;
import io.helidon.dbclient.DbExecute;
import io.helidon.dbclient.DbRow;

/**
 * Shares and their findings in the database; rows are mapped here only. Recording a share, and erasing a person's,
 * also keeps the share rollups ({@link ShareRollups}) and the copy-paste flags ({@link Copies}) in the same
 * transaction, so the KPI summary adds up rollup rows instead of reading every share of a period.
 */
public final class ShareRepository {
    /** A fingerprinted share of a content item, with what its rollup row and its copy-paste flag need. */
    private record ItemShare(Copies.Posted posted, boolean copied, int day, Optional<String> teamId, String platform) {
    }

    /**
     * Inserts the share and its findings, adds it to the rollups and decides whether it is a copy, all in the caller's
     * transaction, which must hold nothing else; a second insert of the id fails on the primary key.
     */
    public Share insert(DbExecute tx, Share share, Optional<String> text) {
        ShareRollups rollups = new ShareRollups();
        boolean copied = share.fingerprint().isPresent() && markCopies(tx, share, rollups);
        int day = UtcDay.of(share.postedAt().toEpochMilli());
        tx.namedInsert("share-insert", share.id(), share.userId(), share.teamId().orElse(null),
                       share.linkId().orElse(null), share.contentId(), share.platform().id(),
                       share.postedAt().toEpochMilli(), day, share.ownWords(), share.fingerprint().orElse(null),
                       copied ? 1 : 0, share.postUrl().orElse(null), text.orElse(null), share.requestHash(),
                       share.createdAt().toEpochMilli());
        share.findings().forEach((rule, hits) -> tx.namedInsert("share-finding-insert", share.id(), rule, hits));
        rollups.share(1, day, share.teamId(), share.contentId(), share.platform().id(),
                      share.fingerprint().isPresent(), copied, share.findings());
        rollups.writeTo(tx);
        return share;
    }

    /**
     * Whether the new share copies someone else's share of its item; marks those shares as copied too (each once).
     * Runs with the item's lock row held, so the shares read are all there are.
     */
    private static boolean markCopies(DbExecute tx, Share share, ShareRollups rollups) {
        lock(tx, share.contentId());
        List<ItemShare> others = itemShares(tx, share.contentId());
        Map<String, ItemShare> byId = new LinkedHashMap<>();
        others.forEach(other -> byId.put(other.posted().shareId(), other));
        List<Copies.Posted> matches = Copies.matches(share.userId(), share.fingerprint().orElseThrow(),
                                                     others.stream().map(ItemShare::posted).toList());
        for (Copies.Posted match : matches) {
            ItemShare earlier = byId.get(match.shareId());
            if (!earlier.copied() && setCopied(tx, earlier, true)) {
                rollups.copied(1, earlier.day(), earlier.teamId(), earlier.platform());
            }
        }
        return !matches.isEmpty();
    }

    /**
     * For erasure, inside its transaction: deletes the person's shares (their findings go with them), takes them out
     * of the rollups, and clears the copy-paste flag of other people's shares that were copies of theirs only.
     *
     * <p>The items of their fingerprinted shares are locked first, in one order as any transaction locking several
     * does: a share's flag only changes under its item's lock, so the flags read next are the ones subtracted. Shares
     * are deleted by id, so a share the person records meanwhile is either read here or kept whole.
     */
    public void erase(DbExecute tx, String userId) {
        Set<String> items = new TreeSet<>();
        tx.namedQuery("share-erase-items", userId).forEach(row -> items.add(Rows.string(row, "content_id")));
        items.forEach(item -> lock(tx, item));

        ShareRollups rollups = new ShareRollups();
        Map<String, Map<String, Integer>> findings = new LinkedHashMap<>();
        tx.namedQuery("share-erase-findings", userId).forEach(row -> findings
                .computeIfAbsent(Rows.string(row, "share_id"), id -> new LinkedHashMap<>())
                .put(Rows.string(row, "rule_id"), (int) Rows.number(row, "hits")));
        List<String> erased = new ArrayList<>();
        tx.namedQuery("share-erase-rows", userId).forEach(row -> {
            String id = Rows.string(row, "id");
            erased.add(id);
            rollups.share(-1, (int) Rows.number(row, "utc_day"), Rows.optionalString(row, "team_id"),
                          Rows.string(row, "content_id"), Rows.string(row, "platform"),
                          Rows.optionalString(row, "fingerprint").isPresent(), Rows.flag(row, "copied"),
                          findings.getOrDefault(id, Map.of()));
        });
        erased.forEach(id -> tx.namedDml("share-delete", id));
        for (String item : items) {
            List<ItemShare> remaining = itemShares(tx, item);
            Set<String> copied = Copies.copied(remaining.stream().map(ItemShare::posted).toList());
            for (ItemShare share : remaining) {
                if (share.copied() && !copied.contains(share.posted().shareId()) && setCopied(tx, share, false)) {
                    rollups.copied(-1, share.day(), share.teamId(), share.platform());
                }
            }
        }
        rollups.writeTo(tx);
    }

    /** Whether the flag changed: a rollup counts a change once, even if the lock were ever bypassed. */
    private static boolean setCopied(DbExecute tx, ItemShare share, boolean copied) {
        int flag = copied ? 1 : 0;
        return tx.namedDml("share-set-copied", flag, share.posted().shareId(), flag) == 1;
    }

    /** Takes the item's lock row (creating it the first time) until the transaction ends. */
    private static void lock(DbExecute tx, String contentId) {
        tx.namedDml("share-copy-lock", contentId);
    }

    private static List<ItemShare> itemShares(DbExecute tx, String contentId) {
        List<ItemShare> shares = new ArrayList<>();
        tx.namedQuery("share-item-fingerprints", contentId).forEach(row -> shares.add(new ItemShare(
                new Copies.Posted(Rows.string(row, "id"), Rows.string(row, "user_id"), Rows.string(row, "fingerprint")),
                Rows.flag(row, "copied"), (int) Rows.number(row, "utc_day"), Rows.optionalString(row, "team_id"),
                Rows.string(row, "platform"))));
        return shares;
    }

    public Optional<Share> find(DbExecute db, String id) {
        return db.namedGet("share-get", id).map(row -> share(row, findings(db, id)));
    }

    private static Map<String, Integer> findings(DbExecute db, String shareId) {
        Map<String, Integer> findings = new LinkedHashMap<>();
        db.namedQuery("share-findings", shareId)
                .forEach(row -> findings.put(Rows.string(row, "rule_id"), (int) Rows.number(row, "hits")));
        return findings;
    }

    private static Share share(DbRow row, Map<String, Integer> findings) {
        return new Share(Rows.string(row, "id"), Rows.string(row, "user_id"), Rows.optionalString(row, "team_id"),
                         Rows.optionalString(row, "link_id"), Rows.optionalString(row, "code"),
                         Rows.string(row, "content_id"), Choice.stored(Platform.class, Rows.string(row, "platform")),
                         Rows.instant(row, "posted_at"),
                         new BigDecimal(Rows.string(row, "own_words")).setScale(4, java.math.RoundingMode.HALF_UP),
                         findings, Rows.optionalString(row, "fingerprint"), Rows.optionalString(row, "post_url"),
                         Rows.string(row, "request_hash"), Rows.instant(row, "created_at"));
    }
}
