package io.herald.api.analytics;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import io.herald.api.Herald;
import io.herald.api.TestCalls.Reply;
import io.herald.api.TestClock;
import io.herald.api.TestHerald;
import io.herald.api.TestServer;
import io.herald.api.TestUsers;
import io.herald.api.TestUsers.Session;
import io.herald.api.db.Rows;
import io.herald.common.similarity.Fingerprint;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

/**
 * The share rollups and copy-paste flags the summary adds up (V6__share_rollups.sql), kept when shares are recorded,
 * retried, erased, and when people change teams. Each test posts on its own day of June 2026, so the rollup rows it
 * reads are its own.
 */
@ServerTest
class ShareRollupsTest {
    private static final TestClock CLOCK = new TestClock(Instant.parse("2026-06-30T12:00:00Z"));
    private static final Herald HERALD = TestHerald.start(Map.of(), CLOCK);
    private static final TestUsers USERS = new TestUsers(HERALD);
    private static final String POST = "We shipped the new release today and onboarding is now twice as fast for "
                                       + "every customer team that tried it during the beta programme this spring";
    private static final String ORIGINAL = Fingerprint.of(POST);
    private static final String NEAR_COPY = Fingerprint.of(POST.replace("twice", "three times"));
    private static final String OWN_WORDS = Fingerprint.of("Our customers in Lisbon told us how they cut their "
                                                           + "monthly close from ten days to four with the new "
                                                           + "reconciliation features we built");

    private final AnalyticsCalls calls;

    ShareRollupsTest(Http1Client client) {
        this.calls = new AnalyticsCalls(HERALD, client);
    }

    @SetUpServer
    static void server(WebServerConfig.Builder server) {
        TestServer.setUp(server, HERALD);
    }

    @AfterAll
    static void close() {
        HERALD.close();
    }

    /** A team and its people. */
    private record Team(String id, List<Session> people) {
    }

    /** A team of five: big enough not to be folded into "other". */
    private static Team team(String name) {
        return team(name, 5);
    }

    private static Team team(String name, int size) {
        String id = USERS.team(name + " " + UUID.randomUUID());
        List<Session> people = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            people.add(USERS.employee(id));
        }
        return new Team(id, people);
    }

    private static Instant day(int dayOfJune) {
        return Instant.parse(String.format("2026-06-%02dT10:00:00Z", dayOfJune));
    }

    private static int utcDay(int dayOfJune) {
        return 20260600 + dayOfJune;
    }

    private String share(Session person, String contentId, int dayOfJune, String fingerprint,
                         Map<String, Integer> findings) {
        return calls.share(person, calls.link(person, contentId, "linkedin"), "linkedin", day(dayOfJune), fingerprint,
                           findings);
    }

    /** shares, fingerprinted, copied of one team's rollup row (linkedin), 0 0 0 when there is none. */
    private static String teamRow(int dayOfJune, String teamId) {
        return HERALD.database().client().execute()
                .get("SELECT shares, fingerprinted, copied FROM share_team_daily "
                     + "WHERE utc_day = ? AND team_key = ? AND platform = 'linkedin'", utcDay(dayOfJune), teamId)
                .map(row -> Rows.number(row, "shares") + " " + Rows.number(row, "fingerprinted") + " "
                            + Rows.number(row, "copied"))
                .orElse("0 0 0");
    }

    private static long number(String sql, Object... parameters) {
        return HERALD.database().client().execute().get(sql, parameters).map(row -> Rows.number(row, "n"))
                .orElse(0L);
    }

    private static boolean copied(String shareId) {
        return number("SELECT copied AS n FROM shares WHERE id = ?", shareId) == 1;
    }

    private JsonNode summary(int dayOfJune, Session admin) {
        String date = String.format("2026-06-%02d", dayOfJune);
        Reply reply = calls.api.get("/api/v1/analytics/summary?from=" + date + "&to=" + date, admin);
        assertThat(reply.body().toString(), reply.status(), is(200));
        return reply.body();
    }

    @Test
    void aRetriedShareIsCountedOnceInTheRollups() throws Exception {
        Session admin = USERS.admin();
        Team team = team("Retry");
        Session ann = team.people().get(0);
        String item = calls.content(admin, "Retried item", "value");
        Map<String, Object> body = AnalyticsCalls.shareBody(calls.link(ann, item, "linkedin"), "linkedin", day(2),
                                                            ORIGINAL, Map.of("hype", 2, "emoji", 1));

        Callable<Integer> send = () -> calls.api.post("/api/v1/shares", ann, body).status();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (Future<Integer> status : pool.invokeAll(Collections.nCopies(4, send))) {
                assertThat(status.get() == 200 || status.get() == 201, is(true));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(calls.api.post("/api/v1/shares", ann, body).status(), is(200));

        assertThat(teamRow(2, team.id()), is("1 1 0"));
        assertThat(number("SELECT shares AS n FROM share_content_daily WHERE utc_day = ? AND content_id = ?",
                          utcDay(2), item), is(1L));
        assertThat(number("SELECT hits AS n FROM finding_daily WHERE utc_day = ? AND rule_id = 'hype'", utcDay(2)),
                   is(2L));
        assertThat(number("SELECT shares AS n FROM finding_daily WHERE utc_day = ? AND rule_id = 'emoji'",
                          utcDay(2)), is(1L));
        JsonNode summary = summary(2, admin);
        assertThat(summary.path("shares").asLong(), is(1L));
        assertThat(summary.path("rules").toString(),
                   is("[{\"ruleId\":\"hype\",\"hits\":2,\"shares\":1},{\"ruleId\":\"emoji\",\"hits\":1,\"shares\":1}]"));
    }

    @Test
    void aCopyMarksItselfAndTheEarlierSharesOfOthersOnce() {
        Session admin = USERS.admin();
        Team team = team("Copy");
        List<Session> p = team.people();
        String item = calls.content(admin, "Copied item", "value");
        String other = calls.content(admin, "Another item", "value");

        String first = share(p.get(0), item, 4, ORIGINAL, Map.of());
        String again = share(p.get(0), item, 4, ORIGINAL, Map.of());
        assertThat("the same person posting twice copies no one", copied(first) || copied(again), is(false));
        String elsewhere = share(p.get(1), other, 4, ORIGINAL, Map.of());
        assertThat("the same text about another item is not a copy", copied(elsewhere), is(false));
        String own = share(p.get(2), item, 4, OWN_WORDS, Map.of());
        assertThat(teamRow(4, team.id()), is("4 4 0"));

        String copy = share(p.get(3), item, 4, NEAR_COPY, Map.of());
        assertThat(copied(copy) && copied(first) && copied(again), is(true));
        assertThat(copied(own), is(false));
        assertThat(teamRow(4, team.id()), is("5 5 3"));

        // A later copy on another day: counted on its own day; the shares it copies were counted already.
        String later = share(p.get(4), item, 5, ORIGINAL, Map.of());
        assertThat(copied(later), is(true));
        assertThat(teamRow(4, team.id()), is("5 5 3"));
        assertThat(teamRow(5, team.id()), is("1 1 1"));
        share(p.get(4), item, 5, null, Map.of());
        assertThat(teamRow(5, team.id()), is("2 1 1"));

        assertThat(summary(4, admin).path("copyPaste").toString(),
                   is("{\"fingerprinted\":5,\"copied\":3,\"rate\":0.6}"));
        assertThat(summary(5, admin).path("copyPaste").toString(),
                   is("{\"fingerprinted\":1,\"copied\":1,\"rate\":1.0}"));
    }

    @Test
    void concurrentSharesOfOneItemAreAllComparedAndCounted() throws Exception {
        Session admin = USERS.admin();
        Team team = team("Crowd");
        String item = calls.content(admin, "Everyone's item", "value");
        List<String> codes = new ArrayList<>();
        for (Session person : team.people()) {
            codes.add(calls.link(person, item, "linkedin"));
        }
        List<Callable<Integer>> posts = new ArrayList<>();
        for (int i = 0; i < team.people().size(); i++) {
            Map<String, Object> body = AnalyticsCalls.shareBody(codes.get(i), "linkedin", day(7),
                                                                i % 2 == 0 ? ORIGINAL : NEAR_COPY, Map.of("hype", 1));
            Session person = team.people().get(i);
            posts.add(() -> calls.api.post("/api/v1/shares", person, body).status());
        }
        ExecutorService pool = Executors.newFixedThreadPool(posts.size());
        try {
            for (Future<Integer> status : pool.invokeAll(posts)) {
                assertThat(status.get(), is(201));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(teamRow(7, team.id()), is("5 5 5"));
        assertThat(number("SELECT COUNT(*) AS n FROM shares WHERE content_id = ? AND copied = 1", item), is(5L));
        assertThat(number("SELECT hits AS n FROM finding_daily WHERE utc_day = ? AND rule_id = 'hype'", utcDay(7)),
                   is(5L));
    }

    @Test
    void erasureTakesTheSharesOutAndClearsCopiesOfThemOnly() {
        Session admin = USERS.admin();
        Team team = team("Erase");
        List<Session> p = team.people();
        String pair = calls.content(admin, "Pair", "value");
        String trio = calls.content(admin, "Trio", "ask");
        String leaving = share(p.get(0), pair, 9, ORIGINAL, Map.of("hype", 3));
        String pairCopy = share(p.get(1), pair, 9, NEAR_COPY, Map.of("hype", 1));
        share(p.get(0), trio, 9, OWN_WORDS, Map.of("emoji", 2));
        String trio1 = share(p.get(2), trio, 9, OWN_WORDS, Map.of());
        String trio2 = share(p.get(3), trio, 9, OWN_WORDS, Map.of());
        share(p.get(0), trio, 9, null, Map.of());
        assertThat(teamRow(9, team.id()), is("6 5 5"));

        assertThat(calls.api.delete("/api/v1/me/data", p.get(0)).status(), is(204));

        assertThat(number("SELECT COUNT(*) AS n FROM shares WHERE id = ?", leaving), is(0L));
        assertThat("a copy of the erased share only is no longer a copy", copied(pairCopy), is(false));
        assertThat("copies of each other stay copies", copied(trio1) && copied(trio2), is(true));
        assertThat(teamRow(9, team.id()), is("3 3 2"));
        assertThat(number("SELECT shares AS n FROM share_content_daily WHERE utc_day = ? AND content_id = ?",
                          utcDay(9), trio), is(2L));
        assertThat(number("SELECT hits AS n FROM finding_daily WHERE utc_day = ? AND rule_id = 'hype'", utcDay(9)),
                   is(1L));
        assertThat(number("SELECT hits AS n FROM finding_daily WHERE utc_day = ? AND rule_id = 'emoji'", utcDay(9)),
                   is(0L));

        JsonNode summary = summary(9, admin);
        assertThat(summary.path("shares").asLong(), is(3L));
        assertThat(summary.path("copyPaste").toString(), is("{\"fingerprinted\":3,\"copied\":2,\"rate\":0.6667}"));
        assertThat(summary.path("giveToAsk").path("value").asLong(), is(1L));
        assertThat(summary.path("giveToAsk").path("ask").asLong(), is(2L));
        assertThat(summary.path("rules").toString(), is("[{\"ruleId\":\"hype\",\"hits\":1,\"shares\":1}]"));
    }

    @Test
    void sharesStayWithTheTeamOfTheirTimeWhenPeopleMove() {
        Session admin = USERS.admin();
        // Six, so that it keeps five after the move and is not folded into "other".
        Team before = team("Before", 6);
        Team after = team("After");
        Session mover = before.people().get(0);
        String item = calls.content(admin, "Moving item", "value");
        String early = share(mover, item, 11, ORIGINAL, Map.of());

        Reply moved = calls.api.patch("/api/v1/users/" + mover.userId(), admin, Map.of("teamId", after.id()));
        assertThat(moved.body().toString(), moved.status(), is(200));
        share(mover, item, 11, OWN_WORDS, Map.of());
        // Someone copies the share made in the old team: the copy is counted where that share was counted.
        share(after.people().get(1), item, 11, NEAR_COPY, Map.of());

        assertThat(copied(early), is(true));
        assertThat(teamRow(11, before.id()), is("1 1 1"));
        assertThat(teamRow(11, after.id()), is("2 2 1"));
        Map<String, Long> byTeam = new HashMap<>();
        summary(11, admin).path("teams").forEach(t -> byTeam.put(t.path("key").asText(), t.path("shares").asLong()));
        assertThat(byTeam.get(before.id()), is(1L));
        assertThat(byTeam.get(after.id()), is(2L));
    }

    @Test
    void topContentNamesAnItemClickedInThePeriodButSharedBefore() {
        Session admin = USERS.admin();
        Session ann = team("Clicked").people().get(0);
        String item = calls.content(admin, "Shared in spring, clicked in summer", "ask");
        String code = calls.link(ann, item, "linkedin");
        calls.share(ann, code, "linkedin", day(13), null, Map.of());
        calls.click(code, AnalyticsCalls.browser(1));
        calls.flush();

        JsonNode today = summary(30, admin);
        assertThat(today.path("shares").asLong(), is(0L));
        assertThat(today.path("content").toString(), is("[{\"contentId\":\"" + item + "\",\"title\":\"Shared in "
                                                        + "spring, clicked in summer\",\"kind\":\"ask\",\"shares\":0,"
                                                        + "\"clicks\":1,\"uniqueClicks\":1,\"conversions\":0}]"));
    }
}
