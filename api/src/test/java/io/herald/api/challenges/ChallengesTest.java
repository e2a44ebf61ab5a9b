package io.herald.api.challenges;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import io.herald.api.Herald;
import io.herald.api.TestCalls;
import io.herald.api.TestCalls.Reply;
import io.herald.api.TestClock;
import io.herald.api.TestHerald;
import io.herald.api.TestServer;
import io.herald.api.TestUsers;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.herald.api.TestCalls.Caller.ANONYMOUS;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

/**
 * Weekly challenges: admins create two or three published items as a week's challenge for everyone or a team; an
 * employee reads this week's challenges with the items they may see; participation counts, never names.
 */
@ServerTest
class ChallengesTest {
    /** A Wednesday: the week runs from Monday 2 March to Sunday 8 March 2026. */
    private static final Instant WEDNESDAY = Instant.parse("2026-03-04T10:00:00Z");
    private static final TestClock CLOCK = new TestClock(WEDNESDAY);
    private static final Herald HERALD = TestHerald.start(Map.of(), CLOCK);
    private static final TestUsers USERS = new TestUsers(HERALD);
    private static final String PATH = "/api/v1/challenges";

    private final TestCalls calls;
    private TestUsers.Session admin;

    ChallengesTest(Http1Client client) {
        this.calls = new TestCalls(client);
    }

    @SetUpServer
    static void server(WebServerConfig.Builder server) {
        TestServer.setUp(server, HERALD);
    }

    @AfterAll
    static void close() {
        HERALD.close();
    }

    @BeforeEach
    void setUp() {
        CLOCK.set(WEDNESDAY);
        admin = USERS.admin();
    }

    @Test
    void anEmployeeOfTheTeamGetsTheTeamsChallengeAndEveryonesWithTheFeedsItems() {
        String team = USERS.team("Sales " + suffix());
        String other = USERS.team("Legal " + suffix());
        String a = item("Everyone A", List.of());
        String b = item("Everyone B", List.of());
        String forTeam = item("Sales only", List.of(team));
        String week = "2026-03-02";
        Reply everyone = create(Map.of("weekStart", week, "message", "Share one of these two!", "items", List.of(a, b)));
        assertThat(everyone.toString(), everyone.status(), is(201));
        Reply sales = create(Map.of("weekStart", week, "teamId", team, "message", "Sales, over to you",
                                    "items", List.of(forTeam, a)));
        assertThat(sales.toString(), sales.status(), is(201));

        JsonNode mine = calls.get(PATH + "/current", USERS.employee(team)).body();
        assertThat(mine.path("challenges").size(), is(2));
        JsonNode first = mine.path("challenges").get(0);
        assertThat(first.path("id").asText(), is(everyone.text("id")));
        assertThat(first.path("weekStart").asText(), is(week));
        assertThat(first.path("weekEnd").asText(), is(java.time.LocalDate.parse(week).plusDays(6).toString()));
        assertThat(first.path("message").asText(), is("Share one of these two!"));
        assertThat(first.has("teamId"), is(false));
        assertThat(first.path("items").get(0).path("title").asText(), is("Everyone A"));
        assertThat(first.path("items").get(0).has("canonicalUrl"), is(true));
        assertThat("feed items leave out the library's bookkeeping", first.path("items").get(0).has("status"),
                   is(false));
        JsonNode second = mine.path("challenges").get(1);
        assertThat(second.path("teamId").asText(), is(team));
        assertThat(second.path("items").get(0).path("title").asText(), is("Sales only"));

        JsonNode theirs = calls.get(PATH + "/current", USERS.employee(other)).body();
        assertThat(theirs.path("challenges").size(), is(1));
        assertThat(theirs.path("challenges").get(0).path("id").asText(), is(everyone.text("id")));
        assertThat(calls.get(PATH + "/current", ANONYMOUS).status(), is(401));
    }

    @Test
    void participationCountsTheAudienceWhoSharedAChallengeItemThatWeek() {
        String team = USERS.team("Ops " + suffix());
        TestUsers.Session ann = USERS.employee(team);
        TestUsers.Session bob = USERS.employee(team);
        USERS.employee(team);
        USERS.employee(team);
        TestUsers.Session outsider = USERS.employee();
        String a = item("Ops A", List.of());
        String b = item("Ops B", List.of(team));
        Reply created = create(Map.of("weekStart", "2026-03-02", "teamId", team, "message", "Ops week",
                                      "items", List.of(a, b)));
        share(ann, a, Instant.parse("2026-03-02T00:00:00Z"));
        share(ann, b, Instant.parse("2026-03-03T12:00:00Z"));
        share(bob, b, Instant.parse("2026-03-04T09:00:00Z"));
        share(bob, a, Instant.parse("2026-03-01T23:59:59Z")); // the week before
        share(outsider, a, Instant.parse("2026-03-03T12:00:00Z")); // not in the team

        JsonNode listed = calls.get(PATH + "?size=100", admin).body();
        JsonNode mine = null;
        for (JsonNode challenge : listed.path("items")) {
            if (challenge.path("id").asText().equals(created.text("id"))) {
                mine = challenge;
            }
        }
        assertThat(mine.path("participation").path("participants").asLong(), is(2L));
        assertThat(mine.path("participation").path("audience").asLong(), is(4L));
        assertThat(mine.path("participation").path("rate").asDouble(), is(0.5));
        assertThat("a count, never a list of who did", mine.path("participation").size(), is(3));
        assertThat(calls.get(PATH + "/" + created.text("id"), admin).body().path("participation")
                           .path("participants").asLong(), is(2L));
    }

    @Test
    void challengesAreCheckedAndOnePerAudienceAndWeek() {
        String team = USERS.team("Legal " + suffix());
        String a = item("Check A", List.of());
        String b = item("Check B", List.of());
        String other = item("For another team", List.of(team));
        String draft = calls.post("/api/v1/content", admin, Map.of("title", "Draft", "canonicalUrl",
                                                                    "https://www.example.com/draft")).text("id");
        String week = "2026-04-06";
        assertField(Map.of("weekStart", "2026-04-07", "message", "m", "items", List.of(a, b)), "weekStart", "Monday");
        assertField(Map.of("weekStart", "2026-02-23", "message", "m", "items", List.of(a, b)), "weekStart", "ended");
        assertField(Map.of("weekStart", week, "message", "m", "items", List.of(a)), "items", "2 or 3");
        assertField(Map.of("weekStart", week, "message", "m", "items", List.of(a, b, a)), "items[2]", "already");
        assertField(Map.of("weekStart", week, "message", "x".repeat(281), "items", List.of(a, b)), "message",
                    "too long");
        assertField(Map.of("weekStart", week, "message", "m", "items", List.of(a, draft)), "items[1]",
                    "not published");
        assertField(Map.of("weekStart", week, "message", "m", "items", List.of(a, other)), "items[1]",
                    "other teams");
        assertField(Map.of("weekStart", week, "teamId", "nope", "message", "m", "items", List.of(a, b)), "teamId",
                    "not a known team");
        assertThat(calls.post(PATH, USERS.employee(), Map.of("weekStart", week, "message", "m", "items",
                                                             List.of(a, b))).status(), is(403));

        Reply first = create(Map.of("weekStart", week, "message", "First", "items", List.of(a, b)));
        assertThat(first.toString(), first.status(), is(201));
        Reply second = create(Map.of("weekStart", week, "message", "Second", "items", List.of(a, b)));
        assertThat(second.status(), is(409));
        assertThat(second.detail(), containsString("already a challenge for everyone"));

        Reply changed = calls.put(PATH + "/" + first.text("id"), admin, Map.of(
                "weekStart", week, "teamId", team, "message", "Now for Legal", "items", List.of(other, b)));
        assertThat(changed.toString(), changed.status(), is(200));
        assertThat(changed.text("teamId"), is(team));
        assertThat(changed.body().path("items").toString(), is("[\"" + other + "\",\"" + b + "\"]"));
        assertThat(calls.delete(PATH + "/" + first.text("id"), admin).status(), is(204));
        assertThat(calls.get(PATH + "/" + first.text("id"), admin).status(), is(404));
    }

    private Reply create(Map<String, Object> body) {
        return calls.post(PATH, admin, body);
    }

    private void assertField(Map<String, Object> body, String field, String detail) {
        Reply reply = create(body);
        assertThat(reply.toString(), reply.status(), is(400));
        assertThat(reply.toString(), reply.field(), is(field));
        assertThat(reply.detail(), containsString(detail));
    }

    private String item(String title, List<String> teams) {
        Reply reply = calls.post("/api/v1/content", admin, Map.of(
                "title", title, "canonicalUrl", "https://www.example.com/" + suffix(), "status", "published",
                "publishAt", "2026-01-01T00:00:00Z", "targetTeams", teams));
        assertThat(reply.toString(), reply.status(), is(201));
        return reply.text("id");
    }

    private void share(TestUsers.Session employee, String contentId, Instant postedAt) {
        Reply reply = calls.post("/api/v1/shares", employee, Map.of(
                "id", UUID.randomUUID().toString(), "contentId", contentId, "platform", "linkedin",
                "postedAt", postedAt.toString(), "ownWords", new BigDecimal("0.5"), "findings", Map.of()));
        assertThat(reply.toString(), reply.status(), is(201));
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
