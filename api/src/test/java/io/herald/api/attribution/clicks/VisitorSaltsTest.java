package io.herald.api.attribution.clicks;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.herald.api.Herald;
import io.herald.api.TestHerald;
import io.herald.api.TestUsers;
import io.herald.api.attribution.MovableClock;
import io.herald.api.attribution.TestContent;
import io.herald.api.attribution.UtcDay;
import io.herald.api.attribution.bots.BotClassifier;
import io.herald.api.attribution.links.Link;
import io.herald.api.attribution.links.LinkRepository;
import io.herald.api.db.Rows;
import io.herald.common.platform.Platform;
import io.helidon.dbclient.DbClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

/** The daily salt: random, shared across restarts the same day, deleted after; and what it does to unique counts. */
class VisitorSaltsTest {
    private static final MovableClock CLOCK = new MovableClock(Instant.parse("2026-03-10T12:00:00Z"));
    private static final Herald HERALD = TestHerald.start(Map.of(), CLOCK);
    private static final DbClient DB = HERALD.database().client();
    private static final int DAY = 20260310;

    @AfterAll
    static void close() {
        HERALD.close();
    }

    @Test
    void eachDayHasItsOwnRandomSaltAndARestartKeepsIt() {
        VisitorSalts salts = new VisitorSalts(DB, CLOCK);
        byte[] today = salts.forDay(DAY);
        byte[] afterRestart = new VisitorSalts(DB, CLOCK).forDay(DAY);
        assertThat(Arrays.equals(today, afterRestart), is(true));
        assertThat(Arrays.equals(today, salts.forDay(UtcDay.previous(DAY))), is(false));
        assertThat(today.length, is(32));
    }

    @Test
    void rotationDeletesEverySaltOlderThanYesterdayAndTheHashesMadeWithThem() {
        VisitorSalts salts = new VisitorSalts(DB, CLOCK);
        for (int day : List.of(20260306, 20260307, 20260308, 20260309, 20260310)) {
            salts.forDay(day);
        }
        DB.execute().dml("INSERT INTO unique_visitors (link_id, visitor_hash, utc_day) VALUES ('l', 'old', 20260308)");
        DB.execute().dml("INSERT INTO unique_visitors (link_id, visitor_hash, utc_day) VALUES ('l', 'new', 20260309)");
        salts.rotate();
        List<String> hashes = DB.execute().query("SELECT visitor_hash FROM unique_visitors WHERE link_id = 'l'")
                .map(row -> Rows.string(row, "visitor_hash")).toList();
        assertThat(hashes, is(List.of("new")));
        List<Long> kept = DB.execute().query("SELECT utc_day FROM visitor_salts WHERE utc_day <= ? ORDER BY utc_day", DAY)
                .map(row -> Rows.number(row, "utc_day")).toList();
        assertThat(kept, is(List.of(20260309L, 20260310L)));

        CLOCK.advance(java.time.Duration.ofDays(1));
        salts.rotate();
        assertThat("the next day, the day before yesterday goes",
                   DB.execute().get("SELECT COUNT(*) AS n FROM visitor_salts WHERE utc_day = 20260309")
                           .map(row -> Rows.number(row, "n")).orElseThrow(), is(0L));
        CLOCK.advance(java.time.Duration.ofDays(-1));
    }

    @Test
    void aVisitorIsUniqueOncePerLinkAndDayAcrossRestarts() {
        TestUsers.Session ann = new TestUsers(HERALD).employee();
        String content = new TestContent(HERALD).published("salted", "https://example.com/salted");
        Link link = new LinkRepository().obtain(DB.execute(), ann.userId(), content, Platform.X, CLOCK.instant())
                .link();
        long day1 = Instant.parse("2026-03-10T08:00:00Z").toEpochMilli();
        long day1Late = Instant.parse("2026-03-10T23:59:59Z").toEpochMilli();
        long day2 = Instant.parse("2026-03-11T00:00:01Z").toEpochMilli();

        JdbcClickSink sink = sink();
        sink.write(List.of(visit("a", link, day1), visit("b", link, day1)), Optional.empty());
        sink.write(List.of(visit("c", link, day1Late)), Optional.empty());
        JdbcClickSink afterRestart = sink();
        afterRestart.write(List.of(visit("d", link, day1Late), visit("e", link, day2), visit("f", link, day2)),
                           Optional.empty());

        List<String> unique = DB.execute()
                .query("SELECT click_id FROM clicks WHERE link_id = ? AND is_unique = 1 ORDER BY click_id", link.id())
                .map(row -> Rows.string(row, "click_id")).toList();
        assertThat(unique, is(List.of("a", "e")));
        long hashes = DB.execute().get("SELECT COUNT(DISTINCT visitor_hash) AS n FROM unique_visitors WHERE link_id = ?",
                                       link.id()).map(row -> Rows.number(row, "n")).orElseThrow();
        assertThat("the salt of the day changes the visitor's hash", hashes, is(2L));
    }

    private static JdbcClickSink sink() {
        return new JdbcClickSink(DB, HERALD.database().plainQueries(),
                                 BotClassifier.create(BotClassifier.Settings.DEFAULTS), new VisitorSalts(DB, CLOCK),
                                 1_000);
    }

    private static Visit visit(String clickId, Link link, long at) {
        return new Visit(clickId, link.id(), at, false, "198.51.100.7",
                         "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0", Optional.empty());
    }
}
