package io.herald.api.analytics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The admin summary of a period, as served. Ratios are fractions from 0 to 1 (4 decimals); a ratio without a
 * denominator (no active people, no shares, no ask shares) is absent rather than 0.
 */
public record Summary(LocalDate from, LocalDate to, Optional<String> team, Optional<String> platform,
                      Funnel funnel, long shares, Clicks clicks, Conversions conversions,
                      Optional<Double> clicksPerShare, GiveToAsk giveToAsk, CopyPaste copyPaste,
                      List<Day> daily, List<Breakdown> platforms, List<Breakdown> teams, List<ContentFigures> content,
                      List<Rule> rules, List<Contributor> topContributors) {

    /** invited and activated by the end of the period; active during it; sharers: active people who shared. */
    public record Funnel(long invited, long activated, long active, long sharers, Optional<Double> participation) {
    }

    public record Clicks(long total, long unique, long bot) {
    }

    public record Money(String currency, BigDecimal amount) {
    }

    /** Conversions attributed to an employee's click; value summed per currency. */
    public record Conversions(long count, List<Money> value) {
    }

    /** Shares of value content against ask content; programmes aim at {@code target} value shares per ask. */
    public record GiveToAsk(long value, long ask, Optional<Double> ratio, int target) {
    }

    /** Shares with a fingerprint, and how many of them nearly duplicate another employee's share of the same item. */
    public record CopyPaste(long fingerprinted, long copied, Optional<Double> rate) {
    }

    public record Day(LocalDate day, long shares, long clicks, long uniqueClicks, long botVisits, long conversions) {
    }

    /** A platform's or a team's figures; {@code key} is the platform id or the team id ("other" for folded teams). */
    public record Breakdown(String key, Optional<String> name, long shares, long clicks, long uniqueClicks,
                            long botVisits, long conversions) {
    }

    public record ContentFigures(String contentId, Optional<String> title, Optional<String> kind, long shares,
                                 long clicks, long uniqueClicks, long conversions) {
    }

    public record Rule(String ruleId, long hits, long shares) {
    }

    /** Someone who opted in to the leaderboard. */
    public record Contributor(String userId, Optional<String> displayName, long shares, long clicks) {
    }

    static Optional<Double> ratio(long numerator, long denominator) {
        if (denominator == 0) {
            return Optional.empty();
        }
        return Optional.of(Math.round(10_000.0 * numerator / denominator) / 10_000.0);
    }
}
