package io.herald.api.analytics;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.herald.api.Herald;
import io.herald.api.TestCalls.Reply;
import io.herald.api.TestClock;
import io.herald.api.TestHerald;
import io.herald.api.TestServer;
import io.herald.api.TestUsers;
import io.herald.api.TestUsers.Session;
import io.herald.common.similarity.Fingerprint;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static io.herald.api.TestCalls.Caller.ANONYMOUS;
import static io.herald.api.analytics.AnalyticsCalls.browser;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

/**
 * The admin summary over a small data set made through the API, whose figures are known exactly:
 * <ul>
 *   <li>Team Sales (5 people s1-s5), team Tiny (t1, t2: folded into "other"), an admin without team.</li>
 *   <li>2026-04-10: shares s1 V1 linkedin, s2 V1 linkedin (a near copy of s1's text), s3 V2 x, t1 A1 linkedin;
 *       clicks: s1's V1 link 3 (2 visitors) + 1 bot, s3's V2 link 1, t1's A1 link 2 (2 visitors); one EUR 100
 *       conversion on s1's first click.</li>
 *   <li>2026-04-12: shares s1 A1 x (no fingerprint), t2 V2 linkedin; one click on s1's A1 link.</li>
 * </ul>
 * V1 and V2 are value content, A1 an ask.
 */
@ServerTest
class SummaryTest {
    private static final TestClock CLOCK = new TestClock(Instant.parse("2026-04-10T09:00:00Z"));
    private static final Herald HERALD = TestHerald.start(Map.of("herald.redirect.flush-interval", "PT1H"), CLOCK);
    private static final TestUsers USERS = new TestUsers(HERALD);
    private static final String RANGE = "from=2026-04-10&to=2026-04-12";
    private static final String POST = "We shipped the new release today and onboarding is now twice as fast for "
                                       + "every customer team that tried it during the beta programme this spring";

    private static Data data;

    private final Http1Client client;
    private final AnalyticsCalls calls;

    SummaryTest(Http1Client client) {
        this.client = client;
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

    record Data(Session admin, String sales, String tiny, Session s1, Session s2, Session employee, String v1,
                String v2, String a1) {
    }

    private synchronized Data data() {
        if (data != null) {
            return data;
        }
        Session admin = USERS.admin();
        String sales = USERS.team("Sales");
        String tiny = USERS.team("Tiny");
        List<Session> s = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            s.add(USERS.employee(sales));
        }
        Session t1 = USERS.employee(tiny);
        Session t2 = USERS.employee(tiny);
        String v1 = calls.content(admin, "Release notes", "value");
        String v2 = calls.content(admin, "Customer story", "value");
        String a1 = calls.content(admin, "We are hiring", "ask");
        String s1v1 = calls.link(s.get(0), v1, "linkedin");
        String s2v1 = calls.link(s.get(1), v1, "linkedin");
        String s3v2 = calls.link(s.get(2), v2, "x");
        String t1a1 = calls.link(t1, a1, "linkedin");
        String s1a1 = calls.link(s.get(0), a1, "x");
        String t2v2 = calls.link(t2, v2, "linkedin");

        String original = Fingerprint.of(POST);
        String nearCopy = Fingerprint.of(POST.replace("twice", "three times"));
        assertThat(Fingerprint.nearDuplicate(original, nearCopy), is(true));
        String unrelated = Fingerprint.of("Our customers in Lisbon told us how they cut their monthly close from "
                                          + "ten days to four with the new reconciliation features we built");
        String other = Fingerprint.of("We are hiring engineers in Helsinki and Berlin who like hard problems, "
                                      + "small teams and shipping every week to real customers");
        assertThat(Fingerprint.nearDuplicate(original, unrelated), is(false));

        Instant day1 = Instant.parse("2026-04-10T08:00:00Z");
        calls.share(s.get(0), s1v1, "linkedin", day1, original, Map.of("hype", 2));
        calls.share(s.get(1), s2v1, "linkedin", day1, nearCopy, Map.of("hype", 1, "emoji", 1));
        calls.share(s.get(2), s3v2, "x", day1, unrelated, Map.of());
        calls.share(t1, t1a1, "linkedin", day1, other, Map.of());
        String converting = calls.click(s1v1, browser(1));
        calls.click(s1v1, browser(1));
        calls.click(s1v1, browser(2));
        calls.botVisit(s1v1);
        calls.click(s3v2, browser(1));
        calls.click(t1a1, browser(1));
        calls.click(t1a1, browser(2));
        calls.flush();
        calls.conversion(calls.site(admin), converting, "100", "EUR");

        CLOCK.set(Instant.parse("2026-04-12T09:00:00Z"));
        Instant day2 = Instant.parse("2026-04-12T08:00:00Z");
        calls.share(calls.renewed(s.get(0)), s1a1, "x", day2, null, Map.of());
        calls.share(calls.renewed(t2), t2v2, "linkedin", day2, Fingerprint.of("Something else entirely about our "
                                                                             + "offices and the summer party"),
                    Map.of());
        calls.click(s1a1, browser(3));
        calls.flush();
        data = new Data(calls.renewed(admin), sales, tiny, calls.renewed(s.get(0)), calls.renewed(s.get(1)),
                        calls.renewed(s.get(4)), v1, v2, a1);
        return data;
    }

    private JsonNode summary(String query) {
        Reply reply = calls.api.get("/api/v1/analytics/summary?" + query, data().admin());
        assertThat(reply.body().toString(), reply.status(), is(200));
        return reply.body();
    }

    private static long n(JsonNode node, String path) {
        JsonNode at = node;
        for (String field : path.split("\\.")) {
            at = at.path(field);
        }
        assertThat(path + " in " + node, at.isNumber(), is(true));
        return at.asLong();
    }

    @Test
    void totalsFunnelAndConversionsAreExact() {
        JsonNode summary = summary(RANGE);
        assertThat(n(summary, "shares"), is(6L));
        assertThat(n(summary, "clicks.total"), is(7L));
        assertThat(n(summary, "clicks.unique"), is(6L));
        assertThat(n(summary, "clicks.bot"), is(1L));
        assertThat(summary.path("clicksPerShare").asDouble(), is(1.1667));
        assertThat(n(summary, "conversions.count"), is(1L));
        assertThat(summary.path("conversions").path("value").toString(),
                   is("[{\"currency\":\"EUR\",\"amount\":100}]"));
        // Everyone signed in on day 1 (admin, 5 + 2 employees); 5 of them shared.
        assertThat(n(summary, "funnel.invited"), is(8L));
        assertThat(n(summary, "funnel.activated"), is(8L));
        assertThat(n(summary, "funnel.active"), is(8L));
        assertThat(n(summary, "funnel.sharers"), is(5L));
        assertThat(summary.path("funnel").path("participation").asDouble(), is(0.625));
    }

    @Test
    void theDailySeriesCoversEveryDayOfThePeriod() {
        JsonNode daily = summary(RANGE).path("daily");
        assertThat(daily.size(), is(3));
        assertThat(daily.get(0).toString(), is("{\"day\":\"2026-04-10\",\"shares\":4,\"clicks\":6,\"uniqueClicks\":5,"
                                               + "\"botVisits\":1,\"conversions\":1}"));
        assertThat(daily.get(1).toString(), is("{\"day\":\"2026-04-11\",\"shares\":0,\"clicks\":0,\"uniqueClicks\":0,"
                                               + "\"botVisits\":0,\"conversions\":0}"));
        assertThat(daily.get(2).toString(), is("{\"day\":\"2026-04-12\",\"shares\":2,\"clicks\":1,\"uniqueClicks\":1,"
                                               + "\"botVisits\":0,\"conversions\":0}"));
        assertThat(summary("").path("daily").size(), is(30));
    }

    @Test
    void platformAndContentBreakdowns() {
        JsonNode summary = summary(RANGE);
        JsonNode platforms = summary.path("platforms");
        assertThat(platforms.get(0).toString(), is("{\"key\":\"linkedin\",\"shares\":4,\"clicks\":5,\"uniqueClicks\":4,"
                                                   + "\"botVisits\":1,\"conversions\":1}"));
        assertThat(platforms.get(1).toString(), is("{\"key\":\"x\",\"shares\":2,\"clicks\":2,\"uniqueClicks\":2,"
                                                   + "\"botVisits\":0,\"conversions\":0}"));
        Map<String, String> content = new HashMap<>();
        summary.path("content").forEach(item -> content.put(item.path("contentId").asText(),
                                                            item.path("title").asText() + " " + item.path("kind")
                                                                    .asText() + " shares " + item.path("shares")
                                                                    + " clicks " + item.path("clicks")
                                                                    + " conversions " + item.path("conversions")));
        assertThat(content, is(Map.of(data().v1(), "Release notes value shares 2 clicks 3 conversions 1",
                                      data().v2(), "Customer story value shares 2 clicks 1 conversions 0",
                                      data().a1(), "We are hiring ask shares 2 clicks 3 conversions 0")));
        assertThat(summary.path("content").get(2).path("contentId").asText(), is(data().v2()));
    }

    @Test
    void teamsUnderFiveMembersAreFoldedIntoOther() {
        JsonNode teams = summary(RANGE).path("teams");
        assertThat(teams.size(), is(2));
        assertThat(teams.get(0).toString(), is("{\"key\":\"" + data().sales() + "\",\"name\":\"Sales\",\"shares\":4,"
                                               + "\"clicks\":5,\"uniqueClicks\":4,\"botVisits\":1,\"conversions\":1}"));
        assertThat(teams.get(1).toString(), is("{\"key\":\"other\",\"shares\":2,\"clicks\":2,\"uniqueClicks\":2,"
                                               + "\"botVisits\":0,\"conversions\":0}"));
        assertThat(teams.toString(), not(containsString(data().tiny())));
        assertThat(teams.toString(), not(containsString("Tiny")));
    }

    @Test
    void filtersByDatesTeamAndPlatform() {
        JsonNode day2 = summary("from=2026-04-12&to=2026-04-12");
        assertThat(n(day2, "shares"), is(2L));
        assertThat(n(day2, "clicks.total"), is(1L));
        assertThat(n(day2, "conversions.count"), is(0L));
        assertThat(n(day2, "funnel.active"), is(2L));
        assertThat(n(day2, "funnel.sharers"), is(2L));

        JsonNode day1 = summary("from=2026-04-10&to=2026-04-10");
        assertThat(n(day1, "shares"), is(4L));
        assertThat(n(day1, "clicks.total"), is(6L));
        assertThat(n(day1, "conversions.count"), is(1L));

        JsonNode x = summary(RANGE + "&platform=x");
        assertThat(n(x, "shares"), is(2L));
        assertThat(n(x, "clicks.total"), is(2L));
        assertThat(n(x, "giveToAsk.value"), is(1L));
        assertThat(n(x, "giveToAsk.ask"), is(1L));
        assertThat(x.path("platforms").size(), is(1));

        JsonNode sales = summary(RANGE + "&team=" + data().sales());
        assertThat(n(sales, "shares"), is(4L));
        assertThat(n(sales, "clicks.total"), is(5L));
        assertThat(n(sales, "clicks.bot"), is(1L));
        assertThat(n(sales, "funnel.invited"), is(5L));
        assertThat(n(sales, "funnel.sharers"), is(3L));
    }

    @Test
    void giveToAskBalanceCountsValueAgainstAskShares() {
        JsonNode balance = summary(RANGE).path("giveToAsk");
        assertThat(balance.toString(), is("{\"value\":4,\"ask\":2,\"ratio\":2.0,\"target\":3}"));
    }

    @Test
    void copyPasteRateCountsNearDuplicatesOfAnotherEmployeesShare() {
        // s1 and s2 posted nearly the same text about V1; the other three fingerprinted shares are their own words.
        JsonNode copyPaste = summary(RANGE).path("copyPaste");
        assertThat(copyPaste.toString(), is("{\"fingerprinted\":5,\"copied\":2,\"rate\":0.4}"));
        assertThat(summary("from=2026-04-12&to=2026-04-12").path("copyPaste").path("copied").asLong(), is(0L));
    }

    @Test
    void mostTriggeredRulesComeFromShareFindings() {
        assertThat(summary(RANGE).path("rules").toString(),
                   is("[{\"ruleId\":\"hype\",\"hits\":3,\"shares\":2},{\"ruleId\":\"emoji\",\"hits\":1,\"shares\":1}]"));
    }

    @Test
    void onlyPeopleWhoOptedInAreListedAsTopContributors() {
        Data d = data();
        assertThat(summary(RANGE).path("topContributors").size(), is(0));
        assertThat(calls.api.get("/api/v1/me/preferences", d.s2()).body().path("leaderboard").asBoolean(), is(false));

        Reply optIn = calls.api.put("/api/v1/me/preferences", d.s2(), Map.of("leaderboard", true));
        assertThat(optIn.status(), is(200));
        assertThat(calls.api.get("/api/v1/me/preferences", d.s2()).body().path("leaderboard").asBoolean(), is(true));
        JsonNode listed = summary(RANGE).path("topContributors");
        List<String> ids = new ArrayList<>();
        listed.forEach(c -> ids.add(c.path("userId").asText()));
        // s1 shared more, but never agreed to be ranked.
        assertThat(ids, contains(d.s2().userId()));
        assertThat(listed.toString(), not(containsString(d.s1().userId())));
        assertThat(n(listed.get(0), "shares"), is(1L));

        calls.api.put("/api/v1/me/preferences", d.s2(), Map.of("leaderboard", false));
        assertThat(summary(RANGE).path("topContributors").size(), is(0));
        assertThat(calls.api.put("/api/v1/me/preferences", d.s2(), Map.of()).status(), is(400));
    }

    @Test
    void onlyAdminsSeeTheSummary() {
        assertThat(calls.api.get("/api/v1/analytics/summary", ANONYMOUS).status(), is(401));
        assertThat(calls.api.get("/api/v1/analytics/summary", data().employee()).status(), is(403));
    }

    @Test
    void badParametersAreRefusedNamingTheParameter() {
        Session admin = data().admin();
        for (Map.Entry<String, String> bad : Map.of(
                "from=2026-13-01", "from",
                "to=yesterday", "to",
                "from=2026-04-12&to=2026-04-10", "from",
                "from=2024-01-01&to=2026-04-10", "to",
                "platform=facebook", "platform",
                "team=no-such-team", "team",
                "team=" + data().tiny(), "team").entrySet()) {
            Reply reply = calls.api.get("/api/v1/analytics/summary?" + bad.getKey(), admin);
            assertThat(bad.getKey(), reply.status(), is(400));
            assertThat(bad.getKey() + ": " + reply.body(), reply.body().path("field").asText(), is(bad.getValue()));
        }
    }
}
