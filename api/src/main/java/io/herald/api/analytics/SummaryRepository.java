package io.herald.api.analytics;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import io.herald.api.attribution.SummaryRecords;
import io.herald.api.attribution.SummaryRecords.ClickRow;
import io.herald.api.attribution.SummaryRecords.ContentClicks;
import io.herald.api.attribution.SummaryRecords.ContentShares;
import io.herald.api.attribution.SummaryRecords.ConversionRow;
import io.herald.api.attribution.SummaryRecords.FunnelRow;
import io.herald.api.attribution.SummaryRecords.ShareRow;
import io.herald.api.db.PlainQueries;

/**
 * The summary's reads: what the library and people say now (an item, the teams' sizes), mapped here; the figures of
 * clicks, shares and conversions are attribution's, read through {@link SummaryRecords}. Rows are read over plain JDBC
 * ({@link PlainQueries}): the summary reads some 50,000 rollup rows for 90 days, and adding them up in Java costs less
 * than grouping them in H2.
 */
final class SummaryRepository {
    private static final SummaryRecords ATTRIBUTION = new SummaryRecords();

    private final PlainQueries queries;

    SummaryRepository(PlainQueries queries) {
        this.queries = queries;
    }

    record ContentItem(String contentId, Optional<String> title, Optional<String> kind) {
    }

    record TeamSize(String id, String name, long members) {
    }

    List<ClickRow> clicks(SummaryFilter filter) {
        return ATTRIBUTION.clicks(queries, attribution(filter));
    }

    List<ShareRow> shares(SummaryFilter filter) {
        return ATTRIBUTION.shares(queries, attribution(filter));
    }

    List<ConversionRow> conversions(SummaryFilter filter) {
        return ATTRIBUTION.conversions(queries, attribution(filter));
    }

    /** Clicks per content item and day (and platform). */
    List<ContentClicks> contentClicks(SummaryFilter filter) {
        return ATTRIBUTION.contentClicks(queries, attribution(filter));
    }

    /** Shares per content item in the period, with what the library says of each item now. */
    List<ContentShares> contentShares(SummaryFilter filter) {
        return ATTRIBUTION.contentShares(queries, attribution(filter));
    }

    /** What the library says of one item now. */
    ContentItem contentItem(String contentId) {
        return queries.list("summary-content-item", SummaryRepository::item, contentId).stream().findFirst()
                .orElse(new ContentItem(contentId, Optional.empty(), Optional.empty()));
    }

    List<Summary.Rule> rules(SummaryFilter filter) {
        return ATTRIBUTION.rules(queries, attribution(filter)).stream()
                .map(rule -> new Summary.Rule(rule.ruleId(), rule.hits(), rule.shares())).toList();
    }

    List<Summary.Contributor> contributors(SummaryFilter filter) {
        return ATTRIBUTION.contributors(queries, attribution(filter)).stream()
                .map(person -> new Summary.Contributor(person.userId(), person.displayName(), person.shares(),
                                                       person.clicks()))
                .toList();
    }

    FunnelRow funnel(SummaryFilter filter) {
        return ATTRIBUTION.funnel(queries, attribution(filter));
    }

    List<TeamSize> teamSizes() {
        return queries.list("summary-team-sizes", row -> new TeamSize(
                row.getString("id"), row.getString("name"), row.getLong("members")));
    }

    private static SummaryRecords.Filter attribution(SummaryFilter filter) {
        Period period = filter.period();
        return new SummaryRecords.Filter(period.firstDay(), period.lastDay(), period.startMillis(), period.endMillis(),
                                         filter.teamId(), filter.platform());
    }

    private static ContentItem item(ResultSet row) throws SQLException {
        return new ContentItem(row.getString("content_id"), Optional.ofNullable(row.getString("title")),
                               Optional.ofNullable(row.getString("kind")));
    }

    /** An amount as plain digits without trailing zeros: stripTrailingZeros alone turns 50 into 5E+1. */
    static BigDecimal plain(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
