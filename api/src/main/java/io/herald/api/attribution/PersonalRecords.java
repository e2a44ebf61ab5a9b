package io.herald.api.attribution;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.herald.api.db.Rows;
import io.helidon.dbclient.DbExecute;
import io.helidon.dbclient.DbRow;

/**
 * What attribution holds of one person, read for their own figures and their export: analytics asks here instead of
 * reading attribution's tables. Holds nothing: it runs on the {@link DbExecute} it is given (the export reads in one
 * transaction); rows are mapped here only.
 */
public final class PersonalRecords {

    /** A personal tracked link with the visits and conversions it brought (all time, attributed to this person). */
    public record LinkData(String id, String code, String contentId, String platform, Instant createdAt, long clicks,
                           long uniqueClicks, long botVisits, long conversions) {
    }

    /**
     * A recorded post; {@code text} only where the deployment stores post texts. {@code copied}: when it was
     * recorded, a colleague had posted the same item with the same or nearly the same text (the copy-paste rate).
     */
    public record ShareData(String id, Optional<String> linkId, String contentId, String platform, Instant postedAt,
                            BigDecimal ownWords, Optional<String> fingerprint, boolean copied, Optional<String> postUrl,
                            Optional<String> text, Instant createdAt, Map<String, Long> findings) {
    }

    /** The attributed conversions of one currency (none: conversions without a value). */
    public record Conversions(Optional<String> currency, long count, Optional<BigDecimal> amount) {
    }

    /** A person's shares of content of one kind (none: the item is gone from the library). */
    public record SharesOfKind(Optional<String> kind, long shares) {
    }

    /**
     * A person's shares by content kind, the clicks on their links and the conversions attributed to them, on UTC days
     * first to last.
     */
    public record Figures(List<SharesOfKind> shares, long clicks, long uniqueClicks, List<Conversions> conversions) {
    }

    public List<LinkData> links(DbExecute db, String userId) {
        Map<String, DbRow> clicks = byLink(db.namedQuery("export-link-clicks", userId).toList());
        Map<String, DbRow> conversions = byLink(db.namedQuery("export-link-conversions", userId).toList());
        return db.namedQuery("export-links", userId).map(row -> {
            String id = Rows.string(row, "id");
            Optional<DbRow> counted = Optional.ofNullable(clicks.get(id));
            return new LinkData(id, Rows.string(row, "code"), Rows.string(row, "content_id"),
                                Rows.string(row, "platform"), Rows.instant(row, "created_at"),
                                counted.map(c -> Rows.number(c, "clicks")).orElse(0L),
                                counted.map(c -> Rows.number(c, "unique_clicks")).orElse(0L),
                                counted.map(c -> Rows.number(c, "bot_visits")).orElse(0L),
                                Optional.ofNullable(conversions.get(id)).map(c -> Rows.number(c, "conversions"))
                                        .orElse(0L));
        }).toList();
    }

    public List<ShareData> shares(DbExecute db, String userId) {
        Map<String, Map<String, Long>> findings = new HashMap<>();
        db.namedQuery("export-findings", userId).forEach(row -> findings
                .computeIfAbsent(Rows.string(row, "share_id"), k -> new LinkedHashMap<>())
                .put(Rows.string(row, "rule_id"), Rows.number(row, "hits")));
        return db.namedQuery("export-shares", userId).map(row -> {
            String id = Rows.string(row, "id");
            return new ShareData(id, Rows.optionalString(row, "link_id"), Rows.string(row, "content_id"),
                                 Rows.string(row, "platform"), Rows.instant(row, "posted_at"),
                                 new BigDecimal(Rows.string(row, "own_words")),
                                 Rows.optionalString(row, "fingerprint"), Rows.number(row, "copied") == 1,
                                 Rows.optionalString(row, "post_url"),
                                 Rows.optionalString(row, "post_text"), Rows.instant(row, "created_at"),
                                 findings.getOrDefault(id, Map.of()));
        }).toList();
    }

    /** @param firstDay the first UTC day (yyyymmdd), {@code lastDay} the last, both included */
    public Figures figures(DbExecute db, String userId, int firstDay, int lastDay) {
        List<SharesOfKind> shares = db.namedQuery("my-shares", userId, firstDay, lastDay)
                .map(row -> new SharesOfKind(Rows.optionalString(row, "kind"), Rows.number(row, "shares")))
                .toList();
        DbRow clicks = db.namedGet("my-clicks", userId, firstDay, lastDay).orElseThrow();
        List<Conversions> conversions = db.namedQuery("my-conversions", userId, firstDay, lastDay)
                .map(row -> new Conversions(Rows.optionalString(row, "currency"), Rows.number(row, "conversions"),
                                            Rows.optionalString(row, "amount").map(BigDecimal::new)))
                .toList();
        return new Figures(shares, Rows.number(clicks, "clicks"), Rows.number(clicks, "unique_clicks"), conversions);
    }

    private static Map<String, DbRow> byLink(List<DbRow> rows) {
        Map<String, DbRow> byLink = new HashMap<>();
        rows.forEach(row -> byLink.put(Rows.string(row, "link_id"), row));
        return byLink;
    }
}
