package io.herald.api.attribution.shares;

import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import io.herald.api.attribution.clicks.JdbcClickSink;
import io.helidon.dbclient.DbExecute;

/**
 * What one transaction adds to (or, for an erasure, takes from) the share rollups the KPI summary reads:
 * {@code share_team_daily}, {@code share_content_daily} and {@code finding_daily} (V6__share_rollups.sql). Changes are
 * collected first and written last, each rollup row once and all of them in key order, so two transactions touching the
 * same rows lock them in the same order and cannot deadlock on them.
 */
final class ShareRollups {
    private final Map<Key, long[]> byTeam = new TreeMap<>();
    private final Map<Key, long[]> byContent = new TreeMap<>();
    private final Map<Key, long[]> byRule = new TreeMap<>();

    /** A share counted ({@code sign} 1) or taken out (-1), with its findings (rule id to hits). */
    void share(int sign, int day, Optional<String> teamId, String contentId, String platform, boolean fingerprinted,
               boolean copied, Map<String, Integer> findings) {
        add(byTeam, key(day, team(teamId), platform), sign, sign * (fingerprinted ? 1 : 0), sign * (copied ? 1 : 0));
        add(byContent, key(day, contentId, platform), sign);
        findings.forEach((rule, hits) -> add(byRule, key(day, rule, platform), (long) sign * hits, sign));
    }

    /** An already counted share that became a copy (1) or stopped being one (-1). */
    void copied(int change, int day, Optional<String> teamId, String platform) {
        add(byTeam, key(day, team(teamId), platform), 0, 0, change);
    }

    void writeTo(DbExecute tx) {
        write(tx, "share-team-daily-merge", byTeam);
        write(tx, "share-content-daily-merge", byContent);
        write(tx, "finding-daily-merge", byRule);
    }

    private static void write(DbExecute tx, String statement, Map<Key, long[]> changes) {
        changes.forEach((key, values) -> {
            boolean none = true;
            for (long value : values) {
                none &= value == 0;
            }
            if (none) {
                return;
            }
            Object[] parameters = new Object[3 + values.length];
            parameters[0] = key.day();
            parameters[1] = key.name();
            parameters[2] = key.platform();
            for (int i = 0; i < values.length; i++) {
                parameters[3 + i] = values[i];
            }
            tx.namedDml(statement, parameters);
        });
    }

    private static void add(Map<Key, long[]> changes, Key key, long... values) {
        long[] sums = changes.computeIfAbsent(key, k -> new long[values.length]);
        for (int i = 0; i < values.length; i++) {
            sums[i] += values[i];
        }
    }

    private static Key key(int day, String name, String platform) {
        return new Key(day, name, platform);
    }

    /** A rollup row's primary key: day, then team key, content id or rule id, then platform. */
    private record Key(int day, String name, String platform) implements Comparable<Key> {
        private static final Comparator<Key> ORDER = Comparator.comparingInt(Key::day).thenComparing(Key::name)
                .thenComparing(Key::platform);

        @Override
        public int compareTo(Key other) {
            return ORDER.compare(this, other);
        }
    }

    private static String team(Optional<String> teamId) {
        return teamId.orElse(JdbcClickSink.NO_TEAM);
    }
}
