package io.herald.api.analytics;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import io.herald.api.attribution.clicks.JdbcClickSink;
import io.herald.api.db.Rows;
import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.DbExecute;
import io.helidon.dbclient.DbRow;

/** The summary's reads; rows are mapped here only. Every read is grouped in SQL over a range of days. */
final class SummaryRepository {
    private final DbClient client;

    SummaryRepository(DbClient client) {
        this.client = client;
    }

    record ClickRow(int day, String platform, Optional<String> teamId, long clicks, long uniqueClicks,
                    long botVisits) {
    }

    record ShareRow(int day, String platform, Optional<String> teamId, Optional<String> kind, long shares) {
    }

    record ConversionRow(int day, String platform, Optional<String> teamId, Optional<String> currency,
                         long conversions, Optional<BigDecimal> amount) {
    }

    record ContentRow(String contentId, Optional<String> title, Optional<String> kind, long shares, long clicks,
                      long uniqueClicks) {
    }

    record FingerprintRow(String contentId, String userId, String fingerprint) {
    }

    record FunnelRow(long invited, long activated, long active, long sharers) {
    }

    record TeamSize(String id, String name, long members) {
    }

    List<ClickRow> clicks(SummaryFilter filter) {
        return query("summary-clicks", filter.parameters()).stream()
                .map(row -> new ClickRow(day(row), Rows.string(row, "platform"),
                                         Rows.optionalString(row, "team_key")
                                                 .filter(key -> !key.equals(JdbcClickSink.NO_TEAM)),
                                         Rows.number(row, "clicks"), Rows.number(row, "unique_clicks"),
                                         Rows.number(row, "bot_visits")))
                .toList();
    }

    List<ShareRow> shares(SummaryFilter filter) {
        return query("summary-shares", filter.parameters()).stream()
                .map(row -> new ShareRow(day(row), Rows.string(row, "platform"), Rows.optionalString(row, "team_id"),
                                         Rows.optionalString(row, "kind"), Rows.number(row, "shares")))
                .toList();
    }

    List<ConversionRow> conversions(SummaryFilter filter) {
        return query("summary-conversions", filter.parameters()).stream()
                .map(row -> new ConversionRow(day(row), Rows.string(row, "platform"),
                                              Rows.optionalString(row, "team_id"),
                                              Rows.optionalString(row, "currency"), Rows.number(row, "conversions"),
                                              decimal(row, "amount")))
                .toList();
    }

    /** Clicks per content item (shares 0). */
    List<ContentRow> contentClicks(SummaryFilter filter) {
        String statement = filter.teamId().isPresent() ? "summary-team-content-clicks" : "summary-content-clicks";
        return query(statement, filter.parameters()).stream()
                .map(row -> new ContentRow(Rows.string(row, "content_id"), Rows.optionalString(row, "title"),
                                           Rows.optionalString(row, "kind"), 0, Rows.number(row, "clicks"),
                                           Rows.number(row, "unique_clicks")))
                .toList();
    }

    /** Shares per content item (clicks 0). */
    List<ContentRow> contentShares(SummaryFilter filter) {
        return query("summary-content-shares", filter.parameters()).stream()
                .map(row -> new ContentRow(Rows.string(row, "content_id"), Rows.optionalString(row, "title"),
                                           Rows.optionalString(row, "kind"), Rows.number(row, "shares"), 0, 0))
                .toList();
    }

    List<FingerprintRow> fingerprints(SummaryFilter filter) {
        return query("summary-fingerprints", filter.parameters()).stream()
                .map(row -> new FingerprintRow(Rows.string(row, "content_id"), Rows.string(row, "user_id"),
                                               Rows.string(row, "fingerprint")))
                .toList();
    }

    List<Summary.Rule> rules(SummaryFilter filter) {
        return query("summary-rules", filter.parameters()).stream()
                .map(row -> new Summary.Rule(Rows.string(row, "rule_id"), Rows.number(row, "hits"),
                                             Rows.number(row, "shares")))
                .toList();
    }

    List<Summary.Contributor> contributors(SummaryFilter filter) {
        Object[] range = filter.parameters();
        Object[] parameters = {range[0], range[1], range[4], range[5], range[0], range[1], range[2], range[3],
                range[4], range[5]};
        return query("summary-contributors", parameters).stream()
                .map(row -> new Summary.Contributor(Rows.string(row, "id"), Rows.optionalString(row, "display_name"),
                                                    Rows.number(row, "shares"), Rows.number(row, "clicks")))
                .toList();
    }

    FunnelRow funnel(SummaryFilter filter) {
        Period period = filter.period();
        DbRow row = client.execute()
                .namedGet("summary-funnel", period.startMillis(), period.endMillis(), filter.teamId().orElse(null),
                          filter.platform().map(p -> p.id()).orElse(null))
                .orElseThrow();
        return new FunnelRow(Rows.number(row, "invited"), Rows.number(row, "activated"), Rows.number(row, "active"),
                             Rows.number(row, "sharers"));
    }

    List<TeamSize> teamSizes() {
        return query("summary-team-sizes").stream()
                .map(row -> new TeamSize(Rows.string(row, "id"), Rows.string(row, "name"),
                                         Rows.number(row, "members")))
                .toList();
    }

    private List<DbRow> query(String statement, Object... parameters) {
        DbExecute execute = client.execute();
        return execute.namedQuery(statement, parameters).toList();
    }

    private static int day(DbRow row) {
        return (int) Rows.number(row, "utc_day");
    }

    static Optional<BigDecimal> decimal(DbRow row, String column) {
        // Plain digits: stripTrailingZeros alone turns 50 into 5E+1.
        return Rows.optionalString(row, column).map(BigDecimal::new).map(BigDecimal::stripTrailingZeros)
                .map(amount -> amount.scale() < 0 ? amount.setScale(0) : amount);
    }
}
