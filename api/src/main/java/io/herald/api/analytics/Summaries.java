package io.herald.api.analytics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import io.herald.api.analytics.SummaryRepository.ContentItem;
import io.herald.api.analytics.SummaryRepository.TeamSize;
import io.herald.api.attribution.SummaryRecords.ClickRow;
import io.herald.api.attribution.SummaryRecords.ContentClicks;
import io.herald.api.attribution.SummaryRecords.ContentShares;
import io.herald.api.attribution.SummaryRecords.ConversionRow;
import io.herald.api.attribution.SummaryRecords.FunnelRow;
import io.herald.api.attribution.SummaryRecords.ShareRow;
import io.herald.api.attribution.UtcDay;
import io.herald.api.web.ApiException;
import io.herald.common.platform.Platform;

/**
 * Builds the summary from the grouped reads: totals, the daily series, the platform and team breakdowns, the top
 * content and the consenting contributors.
 *
 * <p>Teams with fewer than {@value #SMALL_TEAM} members (people not deactivated), and people in no team, are counted
 * together under {@code other}: a breakdown of a very small team would show what a handful of named colleagues did.
 * For the same reason the summary cannot be filtered to such a team.
 */
final class Summaries {
    static final int SMALL_TEAM = 5;
    static final String OTHER = "other";
    static final int TOP_CONTENT = 10;
    /** Advocacy programmes aim at three value posts per ask. */
    static final int GIVE_TO_ASK_TARGET = 3;
    /**
     * The summary's reads that run at once, all summaries together. Each holds a connection of the pool (Hikari's
     * default of 10) while it runs: two summaries started their 8 reads each at once and left no connection for the
     * rest of the API. The others wait in turn; a summary's reads still overlap.
     */
    static final int READS_AT_ONCE = 4;

    private final SummaryRepository repository;
    private final ExecutorService reads = readers(READS_AT_ONCE);

    Summaries(SummaryRepository repository) {
        this.repository = repository;
    }

    /**
     * Runs at most {@code atOnce} tasks at a time on virtual threads, the rest queued in order. The threads end when
     * idle, so an instance left behind (a test's Herald) holds none.
     */
    static ExecutorService readers(int atOnce) {
        ThreadPoolExecutor executor = new ThreadPoolExecutor(atOnce, atOnce, 30, TimeUnit.SECONDS,
                                                             new LinkedBlockingQueue<>(),
                                                             Thread.ofVirtual().name("herald-summary-read-", 0)
                                                                     .factory());
        executor.allowCoreThreadTimeOut(true);
        return executor;
    }

    Summary summary(SummaryFilter filter) {
        Map<String, TeamSize> teams = new HashMap<>();
        repository.teamSizes().forEach(team -> teams.put(team.id(), team));
        filter.teamId().ifPresent(id -> {
            TeamSize team = Optional.ofNullable(teams.get(id))
                    .orElseThrow(() -> ApiException.invalidField("team", "is not a team."));
            if (team.members() < SMALL_TEAM) {
                throw ApiException.invalidField("team", "has fewer than " + SMALL_TEAM + " members; its figures are "
                                                        + "counted under \"" + OTHER + "\" and not shown alone.");
            }
        });

        // The reads are independent: queued together, each on its own connection, they overlap instead of adding up.
        Reads reads = new Reads(read(() -> repository.clicks(filter)), read(() -> repository.shares(filter)),
                                read(() -> repository.conversions(filter)), read(() -> repository.contentClicks(filter)),
                                read(() -> repository.contentShares(filter)), read(() -> repository.rules(filter)),
                                read(() -> repository.contributors(filter)), read(() -> repository.funnel(filter)));
        try {
            return summary(filter, teams, reads);
        } finally {
            reads.abandon();
        }
    }

    private record Reads(Read<List<ClickRow>> clicks, Read<List<ShareRow>> shares,
                         Read<List<ConversionRow>> conversions, Read<List<ContentClicks>> contentClicks,
                         Read<List<ContentShares>> contentShares, Read<List<Summary.Rule>> rules,
                         Read<List<Summary.Contributor>> contributors, Read<FunnelRow> funnel) {
        void abandon() {
            for (Read<?> read : List.of(clicks, shares, conversions, contentClicks, contentShares, rules, contributors,
                                        funnel)) {
                read.abandon();
            }
        }
    }

    private Summary summary(SummaryFilter filter, Map<String, TeamSize> teams, Reads reads) {
        Map<Integer, Tally> days = new TreeMap<>();
        for (int day = filter.period().firstDay(); day <= filter.period().lastDay(); day = next(day)) {
            days.put(day, new Tally());
        }
        Map<String, Tally> platforms = new LinkedHashMap<>();
        for (Platform platform : Platform.values()) {
            if (filter.platform().isEmpty() || filter.platform().get() == platform) {
                platforms.put(platform.id(), new Tally());
            }
        }
        Map<String, Tally> byTeam = new LinkedHashMap<>();
        Tally total = new Tally();
        long fingerprinted = 0;
        long copied = 0;

        for (ClickRow row : reads.clicks().get()) {
            for (Tally tally : List.of(total, days.get(row.day()), platforms.get(row.platform()),
                                       team(byTeam, teams, row.teamId()))) {
                tally.clicks += row.clicks();
                tally.uniqueClicks += row.uniqueClicks();
                tally.botVisits += row.botVisits();
            }
        }
        for (ShareRow row : reads.shares().get()) {
            for (Tally tally : List.of(total, days.get(row.day()), platforms.get(row.platform()),
                                       team(byTeam, teams, row.teamId()))) {
                tally.shares += row.shares();
            }
            fingerprinted += row.fingerprinted();
            copied += row.copied();
        }
        List<ContentShares> contentShares = reads.contentShares().get();
        long value = 0;
        long ask = 0;
        for (ContentShares row : contentShares) {
            if (row.kind().filter("ask"::equals).isPresent()) {
                ask += row.shares();
            } else if (row.kind().filter("value"::equals).isPresent()) {
                value += row.shares();
            }
        }
        Map<String, BigDecimal> money = new TreeMap<>();
        for (ConversionRow row : reads.conversions().get()) {
            for (Tally tally : List.of(total, days.get(row.day()), platforms.get(row.platform()),
                                       team(byTeam, teams, row.teamId()))) {
                tally.conversions++;
            }
            if (row.currency().isPresent() && row.amount().isPresent()) {
                money.merge(row.currency().get(), row.amount().get(), BigDecimal::add);
            }
        }

        FunnelRow funnel = reads.funnel().get();
        return new Summary(
                filter.period().from(), filter.period().to(), filter.teamId(), filter.platform().map(Platform::id),
                new Summary.Funnel(funnel.invited(), funnel.activated(), funnel.active(), funnel.sharers(),
                                   Summary.ratio(funnel.sharers(), funnel.active())),
                total.shares,
                new Summary.Clicks(total.clicks, total.uniqueClicks, total.botVisits),
                new Summary.Conversions(total.conversions, money.entrySet().stream()
                        .map(e -> new Summary.Money(e.getKey(), SummaryRepository.plain(e.getValue()))).toList()),
                Summary.ratio(total.clicks, total.shares),
                new Summary.GiveToAsk(value, ask, Summary.ratio(value, ask), GIVE_TO_ASK_TARGET),
                new Summary.CopyPaste(fingerprinted, copied, Summary.ratio(copied, fingerprinted)),
                days.entrySet().stream().map(e -> day(e.getKey(), e.getValue())).toList(),
                platforms.entrySet().stream().map(e -> e.getValue().breakdown(e.getKey(), Optional.empty())).toList(),
                teamBreakdown(byTeam, teams),
                topContent(reads.contentClicks().get(), contentShares, reads.conversions().get()),
                reads.rules().get(),
                reads.contributors().get());
    }

    private static Tally team(Map<String, Tally> byTeam, Map<String, TeamSize> teams, Optional<String> teamId) {
        String key = teamId.filter(id -> teams.containsKey(id) && teams.get(id).members() >= SMALL_TEAM)
                .orElse(OTHER);
        return byTeam.computeIfAbsent(key, k -> new Tally());
    }

    /** Named teams by clicks, then shares; "other" last. */
    private static List<Summary.Breakdown> teamBreakdown(Map<String, Tally> byTeam, Map<String, TeamSize> teams) {
        List<Summary.Breakdown> named = new ArrayList<>();
        byTeam.forEach((key, tally) -> {
            if (!key.equals(OTHER)) {
                named.add(tally.breakdown(key, Optional.of(teams.get(key).name())));
            }
        });
        named.sort(Comparator.comparingLong(Summary.Breakdown::clicks).reversed()
                           .thenComparing(Comparator.comparingLong(Summary.Breakdown::shares).reversed())
                           .thenComparing(Summary.Breakdown::key));
        Optional.ofNullable(byTeam.get(OTHER)).ifPresent(tally -> named.add(tally.breakdown(OTHER, Optional.empty())));
        return named;
    }

    /**
     * The items with the most clicks, then shares, with the conversions attributed to their links in the period; the
     * library is asked for those that were not shared.
     */
    private List<Summary.ContentFigures> topContent(List<ContentClicks> clicks, List<ContentShares> shares,
                                                    List<ConversionRow> conversions) {
        Map<String, Long> converted = new HashMap<>();
        for (ConversionRow row : conversions) {
            row.contentId().ifPresent(id -> converted.merge(id, 1L, Long::sum));
        }
        Map<String, Tally> figures = new HashMap<>();
        for (ContentClicks row : clicks) {
            Tally tally = figures.computeIfAbsent(row.contentId(), id -> new Tally());
            tally.clicks += row.clicks();
            tally.uniqueClicks += row.uniqueClicks();
        }
        Map<String, ContentItem> items = new HashMap<>();
        for (ContentShares row : shares) {
            figures.computeIfAbsent(row.contentId(), id -> new Tally()).shares += row.shares();
            items.put(row.contentId(), new ContentItem(row.contentId(), row.title(), row.kind()));
        }
        Comparator<Map.Entry<String, Tally>> byClicksThenShares = Comparator
                .comparingLong((Map.Entry<String, Tally> e) -> e.getValue().clicks).reversed()
                .thenComparing(Comparator.comparingLong((Map.Entry<String, Tally> e) -> e.getValue().shares).reversed())
                .thenComparing(Map.Entry::getKey);
        return figures.entrySet().stream()
                .sorted(byClicksThenShares)
                .limit(TOP_CONTENT)
                .map(e -> {
                    ContentItem item = Optional.ofNullable(items.get(e.getKey()))
                            .orElseGet(() -> repository.contentItem(e.getKey()));
                    Tally tally = e.getValue();
                    return new Summary.ContentFigures(e.getKey(), item.title(), item.kind(), tally.shares,
                                                      tally.clicks, tally.uniqueClicks,
                                                      converted.getOrDefault(e.getKey(), 0L));
                })
                .toList();
    }

    /** A read queued on {@link #reads}; {@link #get()} waits for it and rethrows what it threw, unchanged. */
    private static final class Read<T> {
        private final Future<T> task;

        Read(Future<T> task) {
            this.task = task;
        }

        T get() {
            try {
                return task.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while reading the summary", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new IllegalStateException(e.getCause());
            }
        }

        /**
         * A read still queued never starts; one running is not interrupted (an interrupt inside the H2 driver can
         * close the database): it just runs out.
         */
        void abandon() {
            task.cancel(false);
        }
    }

    private <T> Read<T> read(Callable<T> work) {
        return new Read<>(reads.submit(work));
    }

    private static Summary.Day day(int day, Tally tally) {
        return new Summary.Day(UtcDay.date(day), tally.shares, tally.clicks, tally.uniqueClicks, tally.botVisits,
                               tally.conversions);
    }

    private static int next(int day) {
        return UtcDay.of(UtcDay.date(day).plusDays(1));
    }
}
