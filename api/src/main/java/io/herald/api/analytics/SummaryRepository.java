package io.herald.api.analytics;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import io.herald.api.attribution.clicks.JdbcClickSink;
import io.herald.api.db.PlainQueries;

/**
 * The summary's reads; rows are mapped here only. Every read covers a range of days, mostly of daily rollups read
 * through covering indexes. Rows are read over plain JDBC ({@link PlainQueries}): the summary reads some 50,000 rollup
 * rows for 90 days, and adding them up in Java costs less than grouping them in H2.
 */
final class SummaryRepository {
    private final PlainQueries queries;

    SummaryRepository(PlainQueries queries) {
        this.queries = queries;
    }

    record ClickRow(int day, String platform, Optional<String> teamId, long clicks, long uniqueClicks,
                    long botVisits) {
    }

    record ShareRow(int day, String platform, Optional<String> teamId, long shares, long fingerprinted,
                    long copied) {
    }

    /** One attributed conversion. */
    record ConversionRow(int day, String platform, Optional<String> teamId, Optional<String> contentId,
                         Optional<String> currency, Optional<BigDecimal> amount) {
    }

    /** An item's clicks on a day (rows of one item are added up by the caller). */
    record ContentClicks(String contentId, long clicks, long uniqueClicks) {
    }

    /** An item's shares in the period, with what the library says of it now (nothing if it is gone). */
    record ContentShares(ContentItem item, long shares) {
    }

    record ContentItem(String contentId, Optional<String> title, Optional<String> kind) {
    }

    record FunnelRow(long invited, long activated, long active, long sharers) {
    }

    record TeamSize(String id, String name, long members) {
    }

    List<ClickRow> clicks(SummaryFilter filter) {
        return queries.list("summary-clicks", row -> new ClickRow(
                row.getInt("utc_day"), row.getString("platform"), team(row), row.getLong("clicks"),
                row.getLong("unique_clicks"), row.getLong("bot_visits")), filter.parameters());
    }

    List<ShareRow> shares(SummaryFilter filter) {
        return queries.list("summary-shares", row -> new ShareRow(
                row.getInt("utc_day"), row.getString("platform"), team(row), row.getLong("shares"),
                row.getLong("fingerprinted"), row.getLong("copied")), filter.parameters());
    }

    List<ConversionRow> conversions(SummaryFilter filter) {
        return queries.list("summary-conversions", row -> new ConversionRow(
                row.getInt("utc_day"), row.getString("platform"), Optional.ofNullable(row.getString("team_id")),
                Optional.ofNullable(row.getString("content_id")), Optional.ofNullable(row.getString("currency")),
                Optional.ofNullable(row.getBigDecimal("amount"))),
                            filter.parameters());
    }

    /** Clicks per content item and day (and platform). */
    List<ContentClicks> contentClicks(SummaryFilter filter) {
        return byTeamOrNot(filter, "summary-content-clicks", row -> new ContentClicks(
                row.getString("content_id"), row.getLong("clicks"), row.getLong("unique_clicks")));
    }

    /** Shares per content item in the period. */
    List<ContentShares> contentShares(SummaryFilter filter) {
        return byTeamOrNot(filter, "summary-content-shares",
                           row -> new ContentShares(item(row), row.getLong("shares")));
    }

    /** What the library says of one item now. */
    ContentItem contentItem(String contentId) {
        return queries.list("summary-content-item", SummaryRepository::item, contentId).stream().findFirst()
                .orElse(new ContentItem(contentId, Optional.empty(), Optional.empty()));
    }

    List<Summary.Rule> rules(SummaryFilter filter) {
        return byTeamOrNot(filter, "summary-rules", row -> new Summary.Rule(
                row.getString("rule_id"), row.getLong("hits"), row.getLong("shares")));
    }

    List<Summary.Contributor> contributors(SummaryFilter filter) {
        Object[] range = filter.parameters();
        Period period = filter.period();
        Object[] parameters = {range[0], range[1], range[4], range[5], period.startMillis(), period.endMillis(),
                range[2], range[3], range[4], range[5]};
        return queries.list("summary-contributors", row -> new Summary.Contributor(
                row.getString("id"), Optional.ofNullable(row.getString("display_name")), row.getLong("shares"),
                row.getLong("clicks")), parameters);
    }

    FunnelRow funnel(SummaryFilter filter) {
        Period period = filter.period();
        return queries.list("summary-funnel", row -> new FunnelRow(
                row.getLong("invited"), row.getLong("activated"), row.getLong("active"), row.getLong("sharers")),
                            period.startMillis(), period.endMillis(), filter.teamId().orElse(null),
                            filter.platform().map(p -> p.id()).orElse(null)).getFirst();
    }

    List<TeamSize> teamSizes() {
        return queries.list("summary-team-sizes", row -> new TeamSize(
                row.getString("id"), row.getString("name"), row.getLong("members")));
    }

    /** {@code statement} from the rollups, or its summary-team-* twin from a team's rows when filtered by team. */
    private <T> List<T> byTeamOrNot(SummaryFilter filter, String statement, PlainQueries.RowReader<T> reader) {
        if (filter.teamId().isPresent()) {
            return queries.list(statement.replace("summary-", "summary-team-"), reader, filter.teamParameters());
        }
        return queries.list(statement, reader, filter.parameters());
    }

    private static ContentItem item(ResultSet row) throws SQLException {
        return new ContentItem(row.getString("content_id"), Optional.ofNullable(row.getString("title")),
                               Optional.ofNullable(row.getString("kind")));
    }

    /** A rollup's team key: the team id, or none for people in no team. */
    private static Optional<String> team(ResultSet row) throws SQLException {
        return Optional.of(row.getString("team_key")).filter(key -> !key.equals(JdbcClickSink.NO_TEAM));
    }

    /** An amount as plain digits without trailing zeros: stripTrailingZeros alone turns 50 into 5E+1. */
    static BigDecimal plain(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
