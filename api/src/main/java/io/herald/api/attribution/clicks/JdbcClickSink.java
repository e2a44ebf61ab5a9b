package io.herald.api.attribution.clicks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

import io.herald.api.attribution.UtcDay;
import io.herald.api.db.ConstraintViolations;
import io.herald.api.db.PlainQueries;
import io.herald.api.db.Rows;
import io.herald.api.attribution.bots.BotClassifier;
import io.helidon.dbclient.DbClient;

/**
 * Stores a batch of visits in one transaction: each visit as a click or a bot visit, the daily rollups (per link and
 * team, per team, per content item), and how far the click journal is stored.
 *
 * <p>It uses JDBC directly, through {@code client.unwrap(Connection.class)} (a pooled connection, returned on close),
 * as only {@code db.PlainQueries} does besides: the Helidon DB Client 4.1 has no batch API, and one {@code executeBatch} per
 * statement is what lets a single writer keep up with the redirect. The SQL still comes from the named statements of
 * {@code statements/attribution.yaml}.
 *
 * <p>Everything costly is done here, on the writer thread, not on the request path: the bot decision, the visitor
 * HMAC, uniqueness, device class and referrer host.
 */
public final class JdbcClickSink implements ClickSink {
    private static final int MAX_USER_AGENT = 512;
    private static final long LINK_INFO_TTL_MILLIS = 60_000;
    /** click_daily's and click_team_daily's team_key for people in no team (a key column cannot be NULL, nor ''). */
    public static final String NO_TEAM = "none";

    private final DbClient client;
    private final BotClassifier bots;
    private final VisitorHash visitorHash;
    private final Map<String, Boolean> seen;
    private final Map<String, LinkInfo> links;
    private final AtomicBoolean forgetLinks = new AtomicBoolean();
    private volatile long visitorCollisions;
    private volatile BooleanSupplier cacheTrusted = () -> true;
    private final String linkInfo;
    private final String insertClick;
    private final String insertBotVisit;
    private final String countVisitor;
    private final String insertVisitor;
    private final String mergeDaily;
    private final String mergeTeamDaily;
    private final String mergeContentDaily;
    private final String journalMark;

    /**
     * @param uniqueCacheSize how many (link, visitor of the day) pairs to remember; a forgotten pair costs one indexed
     *                        query when that visitor comes back, never a wrong count
     */
    public JdbcClickSink(DbClient client, PlainQueries statements, BotClassifier bots, VisitorSalts salts,
                         int uniqueCacheSize) {
        this.client = client;
        this.bots = bots;
        this.visitorHash = new VisitorHash(salts);
        this.seen = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > uniqueCacheSize;
            }
        };
        this.links = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, LinkInfo> eldest) {
                return size() > uniqueCacheSize;
            }
        };
        this.linkInfo = statements.sql("click-link-info");
        this.insertClick = statements.sql("click-insert");
        this.insertBotVisit = statements.sql("bot-visit-insert");
        this.countVisitor = statements.sql("unique-visitor-count");
        this.insertVisitor = statements.sql("unique-visitor-insert");
        this.mergeDaily = statements.sql("click-daily-merge");
        this.mergeTeamDaily = statements.sql("click-team-daily-merge");
        this.mergeContentDaily = statements.sql("click-content-daily-merge");
        this.journalMark = statements.sql("click-journal-mark");
    }

    /**
     * Link owners changed in the database (an erasure): the next batch re-reads every link instead of trusting what
     * it read up to a minute ago. Called from any thread; the cache itself is touched by the writer thread only.
     */
    public void forgetLinks() {
        forgetLinks.set(true);
    }

    /**
     * With several instances: the links read before are trusted only while {@code trusted} says so (the change feed
     * polled lately, so an erasure elsewhere would have reached {@link #forgetLinks}); otherwise every batch re-reads.
     */
    public void trustCachedLinksWhile(BooleanSupplier trusted) {
        cacheTrusted = trusted;
    }

    @Override
    public void write(List<Visit> batch, Optional<JournalMark> mark) {
        if (forgetLinks.getAndSet(false) | !cacheTrusted.getAsBoolean()) {
            links.clear();
        }
        Map<DayKey, DailyCount> daily = new LinkedHashMap<>();
        Set<String> newVisitors = new HashSet<>();
        try (Connection connection = client.unwrap(Connection.class)) {
            connection.setAutoCommit(false);
            try (Statements statements = new Statements(connection)) {
                List<PendingClick> pending = new ArrayList<>(batch.size());
                List<NewVisitor> visitors = new ArrayList<>();
                for (Visit visit : batch) {
                    Optional<LinkInfo> link = link(statements, visit.linkId(), visit.at());
                    if (link.isEmpty()) {
                        continue;
                    }
                    int day = UtcDay.of(visit.at());
                    LinkInfo owner = link.get();
                    DailyCount counts = daily.computeIfAbsent(new DayKey(day, visit.linkId(), owner.teamId()),
                                                              k -> new DailyCount(day, visit.linkId(), owner));
                    Optional<String> botReason = botReason(visit);
                    Optional<String> referrerHost = ReferrerHost.of(visit.referrer());
                    if (botReason.isPresent()) {
                        addBotVisit(statements.get(insertBotVisit), link.get(), visit, day, botReason.get(),
                                    referrerHost);
                        counts.bots++;
                        continue;
                    }
                    String visitor = visitorHash.of(day, visit.clientAddress(), visit.userAgent());
                    String key = visit.linkId() + ' ' + visitor;
                    boolean unique = !seen.containsKey(key) && !newVisitors.contains(key)
                                     && !storedBefore(statements.get(countVisitor), visit.linkId(), visitor);
                    if (unique) {
                        newVisitors.add(key);
                        counts.unique++;
                        visitors.add(new NewVisitor(key, visit.linkId(), visitor, day));
                    }
                    counts.clicks++;
                    pending.add(new PendingClick(link.get(), visit, key, unique, referrerHost, counts));
                }
                Set<String> counted = insertVisitors(connection, statements, visitors);
                for (PendingClick click : pending) {
                    boolean unique = click.unique && !counted.contains(click.key);
                    if (click.unique && !unique) {
                        click.counts.unique--;
                    }
                    addClick(statements.get(insertClick), click.link, click.visit, unique, click.referrerHost);
                }
                statements.executeBatch(insertClick);
                statements.executeBatch(insertBotVisit);
                mergeBatch(connection, statements.get(mergeDaily), statement -> {
                    for (DailyCount counts : daily.values()) {
                        counts.addTo(statement);
                    }
                });
                mergeReportRollups(connection, daily.values());
                if (mark.isPresent()) {
                    markJournal(connection, mark.get());
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot store " + batch.size() + " visits: " + e.getMessage(), e);
        }
        for (String key : newVisitors) {
            seen.put(key, Boolean.TRUE);
        }
    }

    /**
     * Adds the batch's new (link, visitor of the day) pairs; returns the keys of those another instance added first
     * (between this batch's look-up and its insert: both saw none), whose clicks are then not unique. Normally one
     * batch insert; when it collides, it is undone to a savepoint and redone row by row, each row with a savepoint of
     * its own, so a collision costs one row, not the batch (which would otherwise be rolled back and retried).
     */
    private Set<String> insertVisitors(Connection connection, Statements statements, List<NewVisitor> visitors)
            throws SQLException {
        if (visitors.isEmpty()) {
            return Set.of();
        }
        PreparedStatement insert = statements.get(insertVisitor);
        Savepoint beforeBatch = connection.setSavepoint();
        try {
            for (NewVisitor visitor : visitors) {
                visitor.bind(insert);
                insert.addBatch();
            }
            insert.executeBatch();
            return Set.of();
        } catch (SQLException e) {
            if (!collision(e)) {
                throw e;
            }
            connection.rollback(beforeBatch);
            insert.clearBatch();
        }
        Set<String> counted = new HashSet<>();
        for (NewVisitor visitor : visitors) {
            Savepoint beforeRow = connection.setSavepoint();
            try {
                visitor.bind(insert);
                insert.executeUpdate();
            } catch (SQLException e) {
                if (!collision(e)) {
                    throw e;
                }
                connection.rollback(beforeRow);
                counted.add(visitor.key);
            }
        }
        visitorCollisions += counted.size();
        return counted;
    }

    /**
     * Runs a batch of MERGEs that add to rollup rows. Two instances adding the first counts of a row at once both find
     * no row and both insert; the later one's insert then violates the key (Oracle and H2 alike). Then this batch is
     * undone to a savepoint and run again: the row is there by now, so it is updated. The batch of visits is not
     * rolled back.
     */
    private static void mergeBatch(Connection connection, PreparedStatement merge, Binder bind) throws SQLException {
        for (int attempt = 1; ; attempt++) {
            Savepoint before = connection.setSavepoint();
            bind.bind(merge);
            try {
                merge.executeBatch();
                return;
            } catch (SQLException e) {
                if (!collision(e) || attempt == 3) {
                    throw e;
                }
                connection.rollback(before);
                merge.clearBatch();
            }
        }
    }

    /**
     * A batch's statements, each prepared when it is first needed: most batches need few of them (a link is read
     * once a minute at most, bot visits and new visitors come now and then), and each statement prepared is parsed
     * again (H2 keeps 8 parsed statements per connection, the writer used 9 each batch, so none stayed).
     */
    private static final class Statements implements AutoCloseable {
        private final Connection connection;
        private final Map<String, PreparedStatement> prepared = new HashMap<>();

        Statements(Connection connection) {
            this.connection = connection;
        }

        PreparedStatement get(String sql) throws SQLException {
            PreparedStatement statement = prepared.get(sql);
            if (statement == null) {
                statement = connection.prepareStatement(sql);
                prepared.put(sql, statement);
            }
            return statement;
        }

        /** Runs the batch of {@code sql}, if it was ever prepared. */
        void executeBatch(String sql) throws SQLException {
            PreparedStatement statement = prepared.get(sql);
            if (statement != null) {
                statement.executeBatch();
            }
        }

        @Override
        public void close() throws SQLException {
            SQLException failed = null;
            for (PreparedStatement statement : prepared.values()) {
                try {
                    statement.close();
                } catch (SQLException e) {
                    if (failed == null) {
                        failed = e;
                    } else {
                        failed.addSuppressed(e);
                    }
                }
            }
            if (failed != null) {
                throw failed;
            }
        }
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    /** A unique-key violation, also when a driver reports it as the next exception of a batch's. */
    private static boolean collision(SQLException e) {
        return ConstraintViolations.isViolation(e)
               || (e.getNextException() != null && ConstraintViolations.isViolation(e.getNextException()));
    }

    /** (link, visitor of the day) pairs that another instance stored first while a batch was being written. */
    public long visitorCollisions() {
        return visitorCollisions;
    }

    /** In the batch's transaction: the journal is stored up to the mark. */
    private void markJournal(Connection connection, JournalMark mark) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(journalMark)) {
            update.setLong(1, mark.position());
            update.setString(2, mark.journalId());
            if (update.executeUpdate() != 1) {
                throw new SQLException("The click journal " + mark.journalId() + " has no mark to move");
            }
        }
    }

    @Override
    public long journalMark(String journalId) {
        Optional<Long> stored = client.execute().namedGet("click-journal-get", journalId)
                .map(row -> Rows.number(row, "committed_to"));
        if (stored.isPresent()) {
            return stored.get();
        }
        client.execute().namedInsert("click-journal-insert", journalId, 0L);
        return 0;
    }

    /**
     * H2 keeps a commit in memory for up to a second before writing it to its file (WRITE_DELAY), so a crash can
     * take back a batch the writer saw committed, journal mark included: CHECKPOINT SYNC writes and syncs it. An
     * Oracle commit is durable when it returns. H2's statement, so not among the named statements (which Oracle runs).
     */
    @Override
    public void makeDurable() {
        try (Connection connection = client.unwrap(Connection.class)) {
            if (connection.getMetaData().getURL().startsWith("jdbc:h2:")) {
                try (PreparedStatement sync = connection.prepareStatement("CHECKPOINT SYNC")) {
                    sync.execute();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot make the clicks durable: " + e.getMessage(), e);
        }
    }

    /**
     * The link's owner, team, content and platform, read once a minute at most: a click keeps the owner's team, a bot
     * visit all of them, and the rollups key on them, so reading them per batch rather than per visit (or joining
     * per inserted row) is what keeps the writer fast; a minute is soon enough for an erasure or a team change to show.
     */
    private Optional<LinkInfo> link(Statements statements, String linkId, long now) throws SQLException {
        LinkInfo known = links.get(linkId);
        if (known != null && now - known.readAt() < LINK_INFO_TTL_MILLIS && now >= known.readAt()) {
            return Optional.of(known);
        }
        PreparedStatement info = statements.get(linkInfo);
        info.setString(1, linkId);
        try (ResultSet row = info.executeQuery()) {
            if (!row.next()) {
                // The link is gone (never happens today: links are not deleted); its visits cannot be stored.
                links.remove(linkId);
                return Optional.empty();
            }
            LinkInfo read = new LinkInfo(row.getString(1), row.getString(2), Optional.ofNullable(row.getString(3)),
                                         Optional.ofNullable(row.getString(4)), row.getString(5), row.getString(6),
                                         now);
            links.put(linkId, read);
            return Optional.of(read);
        }
    }

    private Optional<String> botReason(Visit visit) {
        if (visit.head()) {
            return Optional.of("head");
        }
        if (visit.userAgent().isBlank()) {
            return Optional.of("no-user-agent");
        }
        return bots.isBot(visit.userAgent()) ? Optional.of("user-agent") : Optional.empty();
    }

    private static boolean storedBefore(PreparedStatement count, String linkId, String visitor) throws SQLException {
        count.setString(1, linkId);
        count.setString(2, visitor);
        try (ResultSet rows = count.executeQuery()) {
            return rows.next() && rows.getLong(1) > 0;
        }
    }

    private static void addClick(PreparedStatement insert, LinkInfo link, Visit visit, boolean unique,
                                 Optional<String> referrerHost) throws SQLException {
        // The click's own columns and the owner's team at the time: the link's code, owner, content and platform are
        // read through link_id.
        insert.setString(1, visit.clickId());
        insert.setString(2, link.id());
        setOptional(insert, 3, link.teamId());
        insert.setLong(4, visit.at());
        insert.setInt(5, unique ? 1 : 0);
        setOptional(insert, 6, referrerHost);
        insert.setString(7, Device.of(visit.userAgent()).id());
        insert.addBatch();
    }

    private static void addBotVisit(PreparedStatement insert, LinkInfo link, Visit visit, int day, String reason,
                                    Optional<String> referrerHost) throws SQLException {
        String userAgent = visit.userAgent().strip();
        insert.setString(1, visit.clickId());
        link.bind(insert, 2);
        insert.setLong(8, visit.at());
        insert.setInt(9, day);
        insert.setString(10, reason);
        setOptional(insert, 11, userAgent.isEmpty() ? Optional.empty()
                : Optional.of(userAgent.substring(0, Math.min(userAgent.length(), MAX_USER_AGENT))));
        setOptional(insert, 12, referrerHost);
        insert.addBatch();
    }

    private static void setOptional(PreparedStatement statement, int index, Optional<String> value)
            throws SQLException {
        if (value.isPresent()) {
            statement.setString(index, value.get());
        } else {
            statement.setNull(index, Types.VARCHAR);
        }
    }

    /**
     * A link as the writer last read it: a bot visit copies all of it, a click only the link id and the owner's team
     * (see V7__lean_clicks.sql); the rollups key on the rest.
     */
    private record LinkInfo(String id, String code, Optional<String> userId, Optional<String> teamId, String contentId,
                            String platform, long readAt) {
        /** Binds the six link columns from {@code first} on, in the order of the insert statements. */
        void bind(PreparedStatement insert, int first) throws SQLException {
            insert.setString(first, id);
            insert.setString(first + 1, code);
            setOptional(insert, first + 2, userId);
            setOptional(insert, first + 3, teamId);
            insert.setString(first + 4, contentId);
            insert.setString(first + 5, platform);
        }
    }

    /**
     * The small rollups the KPI summary reads (attribution.SummaryRecords): the day's counts per team and
     * platform, and per content item and platform, added in the same transaction as click_daily. Team is the link
     * owner's as this writer last read it, like the team copied into each click.
     */
    private void mergeReportRollups(Connection connection, Iterable<DailyCount> counts) throws SQLException {
        Map<DayKey, long[]> byTeam = new LinkedHashMap<>();
        Map<DayKey, long[]> byContent = new LinkedHashMap<>();
        for (DailyCount count : counts) {
            String team = count.link.teamId().orElse(NO_TEAM);
            add(byTeam.computeIfAbsent(new DayKey(count.day, team, count.link.platform()), k -> new long[3]), count);
            add(byContent.computeIfAbsent(new DayKey(count.day, count.link.contentId(), count.link.platform()),
                                          k -> new long[3]), count);
        }
        try (PreparedStatement team = connection.prepareStatement(mergeTeamDaily);
             PreparedStatement content = connection.prepareStatement(mergeContentDaily)) {
            mergeBatch(connection, team, statement -> bindRollup(statement, byTeam));
            mergeBatch(connection, content, statement -> bindRollup(statement, byContent));
        }
    }

    private static void add(long[] sums, DailyCount count) {
        sums[0] += count.clicks;
        sums[1] += count.unique;
        sums[2] += count.bots;
    }

    /** Parameters: day, key, platform, then the three counts twice (matched, not matched). */
    private static void bindRollup(PreparedStatement merge, Map<DayKey, long[]> sums) throws SQLException {
        for (Map.Entry<DayKey, long[]> entry : sums.entrySet()) {
            DayKey key = entry.getKey();
            merge.setInt(1, key.day());
            merge.setString(2, key.key());
            merge.setString(3, key.platform());
            for (int i = 0; i < 6; i++) {
                merge.setLong(4 + i, entry.getValue()[i % 3]);
            }
            merge.addBatch();
        }
    }

    /** A rollup row's key: a UTC day and a team or content item and a platform, or a link and the owner's team. */
    private record DayKey(int day, String key, String platform) {
        DayKey(int day, String linkId, Optional<String> teamId) {
            this(day, linkId, teamId.orElse(NO_TEAM));
        }
    }

    /** A click of the batch, added to the insert once its visitor's uniqueness is settled. */
    private record PendingClick(LinkInfo link, Visit visit, String key, boolean unique, Optional<String> referrerHost,
                                DailyCount counts) {
    }

    /** A (link, visitor of the day) pair first seen in this batch. */
    private record NewVisitor(String key, String linkId, String visitor, int day) {
        void bind(PreparedStatement insert) throws SQLException {
            insert.setString(1, linkId);
            insert.setString(2, visitor);
            insert.setInt(3, day);
        }
    }

    /** One click_daily row's increments from this batch. */
    private static final class DailyCount {
        private final int day;
        private final String linkId;
        private final LinkInfo link;
        private long clicks;
        private long unique;
        private long bots;

        DailyCount(int day, String linkId, LinkInfo link) {
            this.day = day;
            this.linkId = linkId;
            this.link = link;
        }

        void addTo(PreparedStatement merge) throws SQLException {
            merge.setInt(1, day);
            setOptional(merge, 2, link.teamId());
            merge.setString(3, link.teamId().orElse(NO_TEAM));
            merge.setString(4, linkId);
            for (int i = 0; i < 6; i++) {
                merge.setLong(5 + i, i % 3 == 0 ? clicks : i % 3 == 1 ? unique : bots);
            }
            merge.addBatch();
        }
    }
}
