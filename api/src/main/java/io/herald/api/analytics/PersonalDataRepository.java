package io.herald.api.analytics;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.herald.api.analytics.PersonalData.LinkData;
import io.herald.api.analytics.PersonalData.Profile;
import io.herald.api.analytics.PersonalData.ShareData;
import io.herald.api.db.Rows;
import io.helidon.dbclient.DbExecute;
import io.helidon.dbclient.DbRow;

/** A person's own figures and their export; rows are mapped here only. */
final class PersonalDataRepository {
    MyStats stats(DbExecute execute, String userId, Period period) {
        Object[] parameters = {userId, period.firstDay(), period.lastDay()};
        long value = 0;
        long ask = 0;
        long other = 0;
        for (DbRow row : execute.namedQuery("my-shares", parameters).toList()) {
            long shares = Rows.number(row, "shares");
            String kind = Rows.optionalString(row, "kind").orElse("");
            switch (kind) {
                case "value" -> value += shares;
                case "ask" -> ask += shares;
                default -> other += shares;
            }
        }
        DbRow clicks = execute.namedGet("my-clicks", parameters).orElseThrow();
        long conversions = 0;
        Map<String, BigDecimal> money = new java.util.TreeMap<>();
        for (DbRow row : execute.namedQuery("my-conversions", parameters).toList()) {
            conversions += Rows.number(row, "conversions");
            Optional<String> currency = Rows.optionalString(row, "currency");
            Optional<BigDecimal> amount = Rows.optionalString(row, "amount").map(BigDecimal::new)
                    .map(SummaryRepository::plain);
            if (currency.isPresent() && amount.isPresent()) {
                money.merge(currency.get(), amount.get(), BigDecimal::add);
            }
        }
        return MyStats.of(period, value, ask, other, Rows.number(clicks, "clicks"),
                          Rows.number(clicks, "unique_clicks"), conversions,
                          money.entrySet().stream().map(e -> new Summary.Money(e.getKey(), e.getValue())).toList());
    }

    Optional<PersonalData> export(DbExecute execute, String userId, Preferences preferences, Instant now) {
        Optional<Profile> profile = execute.namedGet("export-profile", userId).map(PersonalDataRepository::profile);
        if (profile.isEmpty()) {
            return Optional.empty();
        }
        Map<String, DbRow> clicks = byLink(execute.namedQuery("export-link-clicks", userId).toList());
        Map<String, DbRow> conversions = byLink(execute.namedQuery("export-link-conversions", userId).toList());
        List<LinkData> links = execute.namedQuery("export-links", userId).map(row -> {
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
        Map<String, Map<String, Long>> findings = new HashMap<>();
        execute.namedQuery("export-findings", userId).forEach(row -> findings
                .computeIfAbsent(Rows.string(row, "share_id"), k -> new LinkedHashMap<>())
                .put(Rows.string(row, "rule_id"), Rows.number(row, "hits")));
        List<ShareData> shares = execute.namedQuery("export-shares", userId).map(row -> {
            String id = Rows.string(row, "id");
            return new ShareData(id, Rows.optionalString(row, "link_id"), Rows.string(row, "content_id"),
                                 Rows.string(row, "platform"), Rows.instant(row, "posted_at"),
                                 new BigDecimal(Rows.string(row, "own_words")),
                                 Rows.optionalString(row, "fingerprint"), Rows.number(row, "copied") == 1,
                                 Rows.optionalString(row, "post_url"),
                                 Rows.optionalString(row, "post_text"), Rows.instant(row, "created_at"),
                                 findings.getOrDefault(id, Map.of()));
        }).toList();
        return Optional.of(new PersonalData(now, profile.get(), preferences, links, shares));
    }

    private static Profile profile(DbRow row) {
        return new Profile(Rows.string(row, "id"), Rows.string(row, "email"), Rows.optionalString(row, "display_name"),
                           Rows.string(row, "role"), Rows.string(row, "status"), Rows.optionalString(row, "team_id"),
                           Rows.optionalString(row, "team_name"), Rows.instant(row, "invited_at"),
                           Rows.optionalInstant(row, "activated_at"), Rows.optionalInstant(row, "last_active_at"));
    }

    private static Map<String, DbRow> byLink(List<DbRow> rows) {
        Map<String, DbRow> byLink = new HashMap<>();
        rows.forEach(row -> byLink.put(Rows.string(row, "link_id"), row));
        return byLink;
    }
}
