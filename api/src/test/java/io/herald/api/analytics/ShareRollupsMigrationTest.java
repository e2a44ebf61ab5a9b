package io.herald.api.analytics;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import io.herald.api.TestHerald;
import io.herald.api.attribution.shares.Copies;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;

/**
 * V6__share_rollups.sql on a database that already holds shares: the copy-paste flags it sets in SQL are the ones
 * {@link Copies} decides in Java when a share is recorded, and the rollups it fills add up to the shares and findings.
 * The shares are drawn at random (seeded) from near and far edits of a few texts per item, in upper and lower case,
 * with malformed and missing fingerprints, by six people in two teams and none.
 */
class ShareRollupsMigrationTest {
    private static final int SHARES = 240;
    private static final String[] PLATFORMS = {"linkedin", "x"};

    private final Random random = new Random(7);

    private record Drawn(String id, String userId, String teamKey, String contentId, String platform, int day,
                         String fingerprint, Map<String, Integer> findings) {
    }

    @Test
    void existingSharesGetTheirCopyFlagsAndRollups() throws SQLException {
        String url = TestHerald.memoryDatabaseUrl();
        migrate(url, "5");
        List<Drawn> drawn = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, "herald", "herald")) {
            drawn.addAll(load(c));
        }
        migrate(url, "latest");

        Map<String, List<Copies.Posted>> byItem = new HashMap<>();
        for (Drawn share : drawn) {
            if (share.fingerprint() != null) {
                byItem.computeIfAbsent(share.contentId(), item -> new ArrayList<>())
                        .add(new Copies.Posted(share.id(), share.userId(), share.fingerprint()));
            }
        }
        Set<String> copied = new HashSet<>();
        byItem.values().forEach(item -> copied.addAll(Copies.copied(item)));
        long nearOnly = drawn.stream().filter(share -> copied.contains(share.id()) && drawn.stream().noneMatch(
                other -> other != share && share.fingerprint().equals(other.fingerprint())
                         && share.contentId().equals(other.contentId()) && !share.userId().equals(other.userId())))
                .count();
        assertThat("some shares are copies only through a near or differently cased fingerprint", nearOnly,
                   greaterThan(10L));
        assertThat("and some are not copies", (long) copied.size(), org.hamcrest.Matchers.lessThan(
                drawn.stream().filter(share -> share.fingerprint() != null).count()));

        Map<String, String> teamRows = new TreeMap<>();
        Map<String, String> contentRows = new TreeMap<>();
        Map<String, String> ruleRows = new TreeMap<>();
        Map<String, long[]> teams = new TreeMap<>();
        Map<String, long[]> contents = new TreeMap<>();
        Map<String, long[]> rules = new TreeMap<>();
        for (Drawn share : drawn) {
            boolean fingerprinted = share.fingerprint() != null;
            add(teams, share.day() + " " + share.teamKey() + " " + share.platform(), 1, fingerprinted ? 1 : 0,
                copied.contains(share.id()) ? 1 : 0);
            add(contents, share.day() + " " + share.contentId() + " " + share.platform(), 1);
            share.findings().forEach((rule, hits) -> add(rules, share.day() + " " + rule + " " + share.platform(),
                                                         hits, 1));
        }
        teams.forEach((key, sums) -> teamRows.put(key, sums[0] + " " + sums[1] + " " + sums[2]));
        contents.forEach((key, sums) -> contentRows.put(key, Long.toString(sums[0])));
        rules.forEach((key, sums) -> ruleRows.put(key, sums[0] + " " + sums[1]));

        try (Connection c = DriverManager.getConnection(url, "herald", "herald")) {
            Set<String> flagged = new HashSet<>();
            try (PreparedStatement select = c.prepareStatement("SELECT id FROM shares WHERE copied = 1");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    flagged.add(rows.getString(1));
                }
            }
            assertThat(new java.util.TreeSet<>(flagged), is(new java.util.TreeSet<>(copied)));
            assertThat(rows(c, "SELECT utc_day, team_key, platform, shares, fingerprinted, copied "
                               + "FROM share_team_daily"), is(teamRows));
            assertThat(rows(c, "SELECT utc_day, content_id, platform, shares FROM share_content_daily"),
                       is(contentRows));
            assertThat(rows(c, "SELECT utc_day, rule_id, platform, hits, shares FROM finding_daily"), is(ruleRows));
        }
    }

    private static void migrate(String url, String target) {
        Flyway.configure().dataSource(url, "herald", "herald").locations("classpath:db/migration").target(target)
                .load().migrate();
    }

    private List<Drawn> load(Connection c) throws SQLException {
        String[] teams = {"team-a", "team-b"};
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO teams (id, name, created_at) VALUES (?, ?, 0)")) {
            for (String team : teams) {
                insert.setString(1, team);
                insert.setString(2, team);
                insert.executeUpdate();
            }
        }
        String[] users = new String[6];
        String[] userTeams = new String[users.length];
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO users (id, email, role, team_id, status, invited_at) "
                + "VALUES (?, ?, 'employee', ?, 'active', 0)")) {
            for (int i = 0; i < users.length; i++) {
                users[i] = "user-" + i;
                userTeams[i] = i < 4 ? teams[i % 2] : null;
                insert.setString(1, users[i]);
                insert.setString(2, users[i] + "@example.com");
                insert.setString(3, userTeams[i]);
                insert.executeUpdate();
            }
        }
        // Per item, two texts; each share is an edit of one of them in 0 to 24 of the 32 slots (near up to 16).
        String[][] texts = new String[4][2];
        for (String[] item : texts) {
            item[0] = hex();
            item[1] = hex();
        }
        List<Drawn> drawn = new ArrayList<>();
        try (PreparedStatement shares = c.prepareStatement(
                "INSERT INTO shares (id, user_id, team_id, content_id, platform, posted_at, utc_day, own_words, "
                + "fingerprint, request_hash, created_at) VALUES (?, ?, ?, ?, ?, 0, ?, ?, ?, ?, 0)");
             PreparedStatement findings = c.prepareStatement(
                     "INSERT INTO share_findings (share_id, rule_id, hits) VALUES (?, ?, ?)")) {
            for (int s = 0; s < SHARES; s++) {
                int user = random.nextInt(users.length);
                int item = random.nextInt(texts.length);
                Drawn share = new Drawn("share-" + s, users[user], userTeams[user] == null ? "none" : userTeams[user],
                                        "item-" + item, PLATFORMS[random.nextInt(2)], 20260601 + random.nextInt(3),
                                        fingerprint(texts[item][random.nextInt(2)]), findings());
                drawn.add(share);
                shares.setString(1, share.id());
                shares.setString(2, share.userId());
                shares.setString(3, userTeams[user]);
                shares.setString(4, share.contentId());
                shares.setString(5, share.platform());
                shares.setInt(6, share.day());
                shares.setBigDecimal(7, BigDecimal.ONE);
                shares.setString(8, share.fingerprint());
                shares.setString(9, "0".repeat(64));
                shares.executeUpdate();
                for (Map.Entry<String, Integer> finding : share.findings().entrySet()) {
                    findings.setString(1, share.id());
                    findings.setString(2, finding.getKey());
                    findings.setInt(3, finding.getValue());
                    findings.executeUpdate();
                }
            }
        }
        return drawn;
    }

    /** An edit of {@code text}, or now and then no fingerprint, a malformed one, or the edit in upper case. */
    private String fingerprint(String text) {
        double kind = random.nextDouble();
        if (kind < 0.1) {
            return null;
        }
        if (kind < 0.16) {
            return "legacy-" + random.nextInt(3);
        }
        char[] hex = text.toCharArray();
        int changes = random.nextInt(25);
        for (int i = 0; i < changes; i++) {
            int slot = random.nextInt(32);
            String value = String.format("%02x", random.nextInt(256));
            hex[2 * slot] = value.charAt(0);
            hex[2 * slot + 1] = value.charAt(1);
        }
        String edited = new String(hex);
        return kind < 0.3 ? edited.toUpperCase(java.util.Locale.ROOT) : edited;
    }

    private Map<String, Integer> findings() {
        Map<String, Integer> findings = new TreeMap<>();
        if (random.nextDouble() < 0.4) {
            findings.put("rule-" + random.nextInt(3), 1 + random.nextInt(3));
        }
        if (random.nextDouble() < 0.2) {
            findings.put("rule-" + (3 + random.nextInt(2)), 1);
        }
        return findings;
    }

    private String hex() {
        StringBuilder hex = new StringBuilder(64);
        for (int i = 0; i < 32; i++) {
            hex.append(String.format("%02x", random.nextInt(256)));
        }
        return hex.toString();
    }

    private static void add(Map<String, long[]> sums, String key, long... values) {
        long[] sum = sums.computeIfAbsent(key, k -> new long[values.length]);
        for (int i = 0; i < values.length; i++) {
            sum[i] += values[i];
        }
    }

    /** Rows as "key columns" to "counts", the first three columns being the key. */
    private static Map<String, String> rows(Connection c, String sql) throws SQLException {
        Map<String, String> rows = new TreeMap<>();
        try (PreparedStatement select = c.prepareStatement(sql); ResultSet result = select.executeQuery()) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                StringBuilder counts = new StringBuilder();
                for (int i = 4; i <= columns; i++) {
                    counts.append(i > 4 ? " " : "").append(result.getLong(i));
                }
                rows.put(result.getInt(1) + " " + result.getString(2) + " " + result.getString(3), counts.toString());
            }
        }
        return rows;
    }
}
