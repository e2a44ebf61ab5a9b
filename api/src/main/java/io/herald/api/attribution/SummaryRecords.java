package io.herald.api.attribution;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import io.herald.api.attribution.clicks.JdbcClickSink;
import io.herald.api.db.PlainQueries;
import io.herald.common.platform.Platform;

/**
 * What attribution holds for the KPI summary, over a range of days: clicks, shares, conversions, content, rules and
 * contributors, mostly from daily rollups read through covering indexes; analytics asks here and adds them up. Rows
 * are read over plain JDBC, through the {@link PlainQueries} the caller gives (the summary reads some 50,000 rollup
 * rows for 90 days). Holds nothing; rows are mapped here only.
 */
public final class SummaryRecords {

    /**
     * What a summary covers: UTC days first to last (yyyymmdd, both included), the same period in epoch millis (the
     * first millisecond of the first day to the last of the last), and optionally one team and one platform.
     */
    public record Filter(int firstDay, int lastDay, long startMillis, long endMillis, Optional<String> teamId,
                         Optional<Platform> platform) {
    }

    public record ClickRow(int day, String platform, Optional<String> teamId, long clicks, long uniqueClicks,
                           long botVisits) {
    }

    public record ShareRow(int day, String platform, Optional<String> teamId, long shares, long fingerprinted,
                           long copied) {
    }

    /** One attributed conversion. */
    public record ConversionRow(int day, String platform, Optional<String> teamId, Optional<String> contentId,
                                Optional<String> currency, Optional<BigDecimal> amount) {
    }

    /** An item's clicks on a day (rows of one item are added up by the caller). */
    public record ContentClicks(String contentId, long clicks, long uniqueClicks) {
    }

    /** An item's shares in the period, with its title and kind as the library says now (none if it is gone). */
    public record ContentShares(String contentId, Optional<String> title, Optional<String> kind, long shares) {
    }

    /** A guideline rule's hits on the period's shares, and how many shares it fired on. */
    public record RuleRow(String ruleId, long hits, long shares) {
    }

    /** Someone who opted in to the leaderboard, with their shares and the clicks on their links in the period. */
    public record ContributorRow(String userId, Optional<String> displayName, long shares, long clicks) {
    }

    public record FunnelRow(long invited, long activated, long active, long sharers) {
    }

    public List<ClickRow> clicks(PlainQueries queries, Filter filter) {
        return queries.list("summary-clicks", row -> new ClickRow(
                row.getInt("utc_day"), row.getString("platform"), team(row), row.getLong("clicks"),
                row.getLong("unique_clicks"), row.getLong("bot_visits")), parameters(filter));
    }

    public List<ShareRow> shares(PlainQueries queries, Filter filter) {
        return queries.list("summary-shares", row -> new ShareRow(
                row.getInt("utc_day"), row.getString("platform"), team(row), row.getLong("shares"),
                row.getLong("fingerprinted"), row.getLong("copied")), parameters(filter));
    }

    public List<ConversionRow> conversions(PlainQueries queries, Filter filter) {
        return queries.list("summary-conversions", row -> new ConversionRow(
                row.getInt("utc_day"), row.getString("platform"), Optional.ofNullable(row.getString("team_id")),
                Optional.ofNullable(row.getString("content_id")), Optional.ofNullable(row.getString("currency")),
                Optional.ofNullable(row.getBigDecimal("amount"))),
                            parameters(filter));
    }

    /** Clicks per content item and day (and platform). */
    public List<ContentClicks> contentClicks(PlainQueries queries, Filter filter) {
        return byTeamOrNot(queries, filter, "summary-content-clicks", row -> new ContentClicks(
                row.getString("content_id"), row.getLong("clicks"), row.getLong("unique_clicks")));
    }

    /** Shares per content item in the period. */
    public List<ContentShares> contentShares(PlainQueries queries, Filter filter) {
        return byTeamOrNot(queries, filter, "summary-content-shares", row -> new ContentShares(
                row.getString("content_id"), Optional.ofNullable(row.getString("title")),
                Optional.ofNullable(row.getString("kind")), row.getLong("shares")));
    }

    /** The ten rules with the most hits. */
    public List<RuleRow> rules(PlainQueries queries, Filter filter) {
        return byTeamOrNot(queries, filter, "summary-rules", row -> new RuleRow(
                row.getString("rule_id"), row.getLong("hits"), row.getLong("shares")));
    }

    /** Up to ten people who opted in, by shares. */
    public List<ContributorRow> contributors(PlainQueries queries, Filter filter) {
        Object[] range = parameters(filter);
        Object[] parameters = {range[0], range[1], range[4], range[5], filter.startMillis(), filter.endMillis(),
                range[2], range[3], range[4], range[5]};
        return queries.list("summary-contributors", row -> new ContributorRow(
                row.getString("id"), Optional.ofNullable(row.getString("display_name")), row.getLong("shares"),
                row.getLong("clicks")), parameters);
    }

    public FunnelRow funnel(PlainQueries queries, Filter filter) {
        return queries.list("summary-funnel", row -> new FunnelRow(
                row.getLong("invited"), row.getLong("activated"), row.getLong("active"), row.getLong("sharers")),
                            filter.startMillis(), filter.endMillis(), filter.teamId().orElse(null),
                            filter.platform().map(p -> p.id()).orElse(null)).getFirst();
    }

    /** The bind values every summary statement starts with (see statements/attribution.yaml). */
    private static Object[] parameters(Filter filter) {
        String team = filter.teamId().orElse(null);
        String platformId = filter.platform().map(Platform::id).orElse(null);
        return new Object[] {filter.firstDay(), filter.lastDay(), team, team, platformId, platformId};
    }

    /** {@code statement} from the rollups, or its summary-team-* twin from a team's rows when filtered by team. */
    private static <T> List<T> byTeamOrNot(PlainQueries queries, Filter filter, String statement,
                                           PlainQueries.RowReader<T> reader) {
        if (filter.teamId().isPresent()) {
            // The summary-team-* statements, read only with a team: team, days, platform twice.
            String platformId = filter.platform().map(Platform::id).orElse(null);
            return queries.list(statement.replace("summary-", "summary-team-"), reader, filter.teamId().get(),
                                filter.firstDay(), filter.lastDay(), platformId, platformId);
        }
        return queries.list(statement, reader, parameters(filter));
    }

    /** A rollup's team key: the team id, or none for people in no team. */
    private static Optional<String> team(ResultSet row) throws SQLException {
        return Optional.of(row.getString("team_key")).filter(key -> !key.equals(JdbcClickSink.NO_TEAM));
    }
}
