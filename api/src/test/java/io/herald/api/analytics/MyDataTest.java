package io.herald.api.analytics;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.herald.api.Herald;
import io.herald.api.TestCalls.Reply;
import io.herald.api.TestClock;
import io.herald.api.TestHerald;
import io.herald.api.TestServer;
import io.herald.api.TestUsers;
import io.herald.api.TestUsers.Session;
import io.herald.api.db.Rows;
import io.helidon.http.HeaderNames;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static io.herald.api.TestCalls.Caller.ANONYMOUS;
import static io.herald.api.analytics.AnalyticsCalls.browser;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

/** A person's own figures, their export, and the erasure of their shares and links' personal attribution. */
@ServerTest
class MyDataTest {
    // A raw click names no one itself: it is the employee's through its link.
    private static final String CLICKS_OF_USER =
            "SELECT COUNT(*) AS n FROM clicks c JOIN links l ON l.id = c.link_id WHERE l.user_id = ?";

    private static final TestClock CLOCK = new TestClock(Instant.parse("2026-05-01T09:00:00Z"));
    private static final Herald HERALD = TestHerald.start(Map.of("herald.redirect.flush-interval", "PT1H"), CLOCK);
    private static final TestUsers USERS = new TestUsers(HERALD);
    private static final Instant POSTED = Instant.parse("2026-05-01T08:00:00Z");

    private final AnalyticsCalls calls;

    MyDataTest(Http1Client client) {
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

    record Person(Session session, String valueLink, String askLink, String valueShare) {
    }

    /** Shares a value item (with findings) and an ask on two links; 2 + 1 clicks and a EUR 30 conversion. */
    private Person active(Session admin, String siteKey) {
        Session person = USERS.employee();
        String value = calls.content(admin, "Value " + person.userId(), "value");
        String ask = calls.content(admin, "Ask " + person.userId(), "ask");
        String valueLink = calls.link(person, value, "linkedin");
        String askLink = calls.link(person, ask, "x");
        String valueShare = calls.share(person, valueLink, "linkedin", POSTED, null, Map.of("hype", 2));
        calls.share(person, askLink, "x", POSTED, null, Map.of());
        String converting = calls.click(valueLink, browser(1));
        calls.click(valueLink, browser(2));
        calls.click(askLink, browser(1));
        calls.flush();
        calls.conversion(siteKey, converting, "30", "EUR");
        return new Person(person, valueLink, askLink, valueShare);
    }

    private static long count(String sql, Object... parameters) {
        return Rows.number(HERALD.database().client().execute().get(sql, parameters).orElseThrow(), "n");
    }

    @Test
    void statsAreTheSignedInPersonsOwn() {
        Session admin = USERS.admin();
        String key = calls.site(admin);
        Person ann = active(admin, key);
        active(admin, key);

        Reply stats = calls.api.get("/api/v1/me/stats?from=2026-05-01&to=2026-05-01", ann.session());
        assertThat(stats.status(), is(200));
        assertThat(stats.body().toString(), is(
                "{\"from\":\"2026-05-01\",\"to\":\"2026-05-01\",\"shares\":2,"
                + "\"clicks\":{\"total\":3,\"unique\":3,\"bot\":0},"
                + "\"conversions\":{\"count\":1,\"value\":[{\"currency\":\"EUR\",\"amount\":30}]},"
                + "\"giveToAsk\":{\"value\":1,\"ask\":1,\"ratio\":1.0,\"target\":3}}"));
        Reply before = calls.api.get("/api/v1/me/stats?from=2026-04-01&to=2026-04-30", ann.session());
        assertThat(before.body().path("shares").asLong(), is(0L));
        assertThat(before.body().path("clicks").path("total").asLong(), is(0L));
        assertThat(calls.api.get("/api/v1/me/stats?from=May", ann.session()).body().path("field").asText(),
                   is("from"));
        assertThat(calls.api.get("/api/v1/me/stats", ANONYMOUS).status(), is(401));
    }

    /** Whether a share was taken for a copy of a colleague's is kept about the person, so the export says it. */
    @Test
    void exportSaysWhichSharesWereTakenForCopies() {
        Session admin = USERS.admin();
        String item = calls.content(admin, "Copied", "value");
        Session carol = USERS.employee();
        Session dan = USERS.employee();
        String fingerprint = "0123456789abcdef".repeat(4);
        String copied = calls.share(carol, calls.link(carol, item, "linkedin"), "linkedin", POSTED, fingerprint,
                                    Map.of());
        String own = calls.share(carol, calls.link(carol, item, "x"), "x", POSTED, "fedcba9876543210".repeat(4),
                                 Map.of());
        calls.share(dan, calls.link(dan, item, "linkedin"), "linkedin", POSTED, fingerprint, Map.of());

        JsonNode shares = calls.api.get("/api/v1/me/export", carol).body().path("shares");
        assertThat(shares.size(), is(2));
        for (JsonNode share : shares) {
            assertThat(share.toString(), share.path("copied").asBoolean(),
                       is(share.path("id").asText().equals(copied)));
        }
        assertThat(shares.toString(), containsString(own));
    }

    @Test
    void exportHoldsTheirDataAndNobodyElses() {
        Session admin = USERS.admin();
        String key = calls.site(admin);
        Person ann = active(admin, key);
        Person bob = active(admin, key);
        calls.api.put("/api/v1/me/preferences", ann.session(), Map.of("leaderboard", true));

        Reply export = calls.api.get("/api/v1/me/export", ann.session());
        assertThat(export.status(), is(200));
        assertThat(export.header(HeaderNames.CONTENT_DISPOSITION).orElseThrow(), containsString("attachment"));
        JsonNode data = export.body();
        assertThat(data.path("profile").path("id").asText(), is(ann.session().userId()));
        assertThat(data.path("profile").path("email").asText(), is(ann.session().email()));
        assertThat(data.path("preferences").path("leaderboard").asBoolean(), is(true));
        assertThat(data.path("links").size(), is(2));
        JsonNode valueLink = data.path("links").get(0).path("code").asText().equals(ann.valueLink())
                ? data.path("links").get(0) : data.path("links").get(1);
        assertThat(valueLink.path("code").asText(), is(ann.valueLink()));
        assertThat(valueLink.path("clicks").asLong(), is(2L));
        assertThat(valueLink.path("uniqueClicks").asLong(), is(2L));
        assertThat(valueLink.path("conversions").asLong(), is(1L));
        assertThat(data.path("shares").size(), is(2));
        assertThat(data.toString(), containsString("\"findings\":{\"hype\":2}"));
        String text = data.toString();
        for (String foreign : new String[] {bob.session().userId(), bob.session().email(), bob.valueLink(),
                bob.askLink(), bob.valueShare()}) {
            assertThat(text, not(containsString(foreign)));
        }
        assertThat(calls.api.get("/api/v1/me/export", ANONYMOUS).status(), is(401));
    }

    @Test
    void eraseRemovesSharesAndPersonalAttributionAndLaterClicksStayUnattributed() {
        Session admin = USERS.admin();
        String key = calls.site(admin);
        Person carol = active(admin, key);
        String userId = carol.session().userId();
        Session other = active(admin, key).session();
        calls.api.put("/api/v1/me/preferences", carol.session(), Map.of("leaderboard", true));
        assertThat(count(CLICKS_OF_USER, userId), is(3L));
        assertThat(count("SELECT COUNT(*) AS n FROM conversions WHERE user_id = ?", userId), is(1L));

        assertThat(calls.api.delete("/api/v1/me/data", carol.session()).status(), is(204));

        assertThat(count("SELECT COUNT(*) AS n FROM shares WHERE user_id = ?", userId), is(0L));
        assertThat(count("SELECT COUNT(*) AS n FROM share_findings WHERE share_id = ?", carol.valueShare()), is(0L));
        assertThat(calls.api.get("/api/v1/shares/" + carol.valueShare(), carol.session()).status(), is(404));
        assertThat(count("SELECT COUNT(*) AS n FROM links WHERE user_id = ? OR owner_key = ?", userId, userId),
                   is(0L));
        for (String table : new String[] {"bot_visits", "click_daily", "conversions"}) {
            assertThat(table, count("SELECT COUNT(*) AS n FROM " + table + " WHERE user_id = ?", userId), is(0L));
        }
        assertThat(count(CLICKS_OF_USER, userId), is(0L));
        // The aggregate counts stay, belonging to no one.
        assertThat(count("SELECT COUNT(*) AS n FROM clicks c JOIN links l ON l.id = c.link_id WHERE l.code = ?",
                         carol.valueLink()), is(2L));
        assertThat(calls.api.get("/api/v1/me/preferences", carol.session()).body().path("leaderboard").asBoolean(),
                   is(false));

        // Old posts keep working; a click within the writer's minute of caching the owner is not hers again.
        calls.click(carol.valueLink(), browser(7));
        calls.flush();
        assertThat(count("SELECT COUNT(*) AS n FROM clicks c JOIN links l ON l.id = c.link_id WHERE l.code = ?",
                         carol.valueLink()), is(3L));
        assertThat(count(CLICKS_OF_USER, userId), is(0L));
        assertThat(count("SELECT COUNT(*) AS n FROM click_daily WHERE user_id = ?", userId), is(0L));
        Reply stats = calls.api.get("/api/v1/me/stats?from=2026-05-01&to=2026-05-01", carol.session());
        assertThat(stats.body().path("shares").asLong(), is(0L));
        assertThat(stats.body().path("clicks").path("total").asLong(), is(0L));
        assertThat(stats.body().path("conversions").path("count").asLong(), is(0L));
        Reply export = calls.api.get("/api/v1/me/export", carol.session());
        assertThat(export.body().path("links").size(), is(0));
        assertThat(export.body().path("shares").size(), is(0));
        // Nobody else's data went with hers.
        assertThat(count(CLICKS_OF_USER, other.userId()), is(3L));
        assertThat(count("SELECT COUNT(*) AS n FROM shares WHERE user_id = ?", other.userId()), is(2L));
        // Her link is hers no more: asking for a link again makes a new one.
        String fresh = calls.link(carol.session(),
                                  HERALD.database().client().execute()
                                          .get("SELECT content_id FROM links WHERE code = ?", carol.valueLink())
                                          .map(row -> Rows.string(row, "content_id")).orElseThrow(), "linkedin");
        assertThat(fresh, not(is(carol.valueLink())));
    }
}
