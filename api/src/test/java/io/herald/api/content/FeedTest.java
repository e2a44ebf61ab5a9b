package io.herald.api.content;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.herald.api.Herald;
import io.herald.api.TestCalls;
import io.herald.api.TestCalls.Reply;
import io.herald.api.TestClock;
import io.herald.api.TestHerald;
import io.herald.api.TestServer;
import io.herald.api.TestUsers;
import io.helidon.http.HeaderValues;
import io.helidon.http.Method;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static io.helidon.http.HeaderNames.IF_MATCH;
import static io.herald.api.TestCalls.Caller.ANONYMOUS;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.isOneOf;

/**
 * The feed: audience, publish/expiry windows on a clock the test moves, status, order, filters and paging. Each test
 * tags its items with its own word and searches for it, so tests sharing the database do not see each other's items.
 */
@ServerTest
class FeedTest {
    private static final TestClock CLOCK = new TestClock(Instant.parse("2026-03-02T09:00:00Z"));
    private static final Herald HERALD = TestHerald.start(Map.of(), CLOCK);
    private static final TestUsers USERS = new TestUsers(HERALD);

    private final TestCalls calls;
    private final TestUsers.Session admin = USERS.admin();

    FeedTest(Http1Client client) {
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

    @Test
    void itemsReachEveryoneOrTheirTargetTeamsOnly() {
        String sales = USERS.team("Sales " + System.nanoTime());
        String support = USERS.team("Support " + System.nanoTime());
        String word = word();
        create(item(word + " for everyone"));
        create(item(word + " for sales").set("targetTeams", array(sales)));
        create(item(word + " for support").set("targetTeams", array(support)));
        create(item(word + " for both").set("targetTeams", array(sales, support)));

        assertThat(titles(USERS.employee(sales), "q=" + word), containsInAnyOrder(
                word + " for everyone", word + " for sales", word + " for both"));
        assertThat(titles(USERS.employee(support), "q=" + word), containsInAnyOrder(
                word + " for everyone", word + " for support", word + " for both"));
        assertThat(titles(USERS.employee(), "q=" + word), contains(word + " for everyone"));
        assertThat(titles(admin, "q=" + word), contains(word + " for everyone"));
    }

    @Test
    void itemsShowFromPublishAtUntilJustBeforeExpiresAt() {
        String word = word();
        Instant publishAt = CLOCK.instant().plus(Duration.ofDays(1));
        Instant expiresAt = publishAt.plus(Duration.ofHours(2));
        create(item(word + " scheduled").put("publishAt", publishAt.toString()).put("expiresAt", expiresAt.toString()));

        // Access tokens live 15 minutes on the same clock, so each look at the feed signs in anew.
        assertThat(titles(USERS.employee(), "q=" + word), is(empty()));
        CLOCK.set(publishAt.minusMillis(1));
        assertThat(titles(USERS.employee(), "q=" + word), is(empty()));
        CLOCK.set(publishAt);
        assertThat(titles(USERS.employee(), "q=" + word), contains(word + " scheduled"));
        CLOCK.set(expiresAt.minusMillis(1));
        assertThat(titles(USERS.employee(), "q=" + word), contains(word + " scheduled"));
        CLOCK.set(expiresAt);
        assertThat(titles(USERS.employee(), "q=" + word), is(empty()));
    }

    @Test
    void draftsAndArchivedItemsNeverShow() {
        TestUsers.Session employee = USERS.employee();
        String word = word();
        create(item(word + " draft").put("status", "draft")
                       .put("publishAt", CLOCK.instant().minus(Duration.ofHours(1)).toString()));
        String live = create(item(word + " live")).get("id").asText();
        assertThat(titles(employee, "q=" + word), contains(word + " live"));

        calls.send(Method.POST, "/api/v1/content/" + live + "/archive", admin, Optional.empty());
        assertThat(titles(employee, "q=" + word), is(empty()));
    }

    @Test
    void publishingWithoutPublishAtStartsNowAndKeepsThatTimeOnEdits() {
        String word = word();
        JsonNode created = create(ContentJson.published(word + " now"));
        assertThat(created.get("publishAt").asText(), is(CLOCK.instant().toString()));

        CLOCK.advance(Duration.ofMinutes(5));
        Reply edited = calls.put("/api/v1/content/" + created.get("id").asText(), admin,
                                 ContentJson.published(word + " now, edited").toString(),
                                 HeaderValues.create(IF_MATCH, "\"1\""));
        assertThat(edited.body().get("publishAt"), is(created.get("publishAt")));
    }

    @Test
    void featuredFirstThenNewestPublished() {
        String word = word();
        Instant now = CLOCK.instant();
        create(item(word + " older").put("publishAt", now.minus(Duration.ofHours(3)).toString()));
        create(item(word + " newer").put("publishAt", now.minus(Duration.ofHours(1)).toString()));
        create(item(word + " featured").put("featured", true)
                       .put("publishAt", now.minus(Duration.ofDays(3)).toString()));

        assertThat(titles(USERS.employee(), "q=" + word), contains(
                word + " featured", word + " newer", word + " older"));
    }

    @Test
    void filtersByPlatformLanguageTopicAndText() {
        TestUsers.Session employee = USERS.employee();
        String word = word();
        ObjectNode linkedInOnly = item(word + " linkedin only");
        linkedInOnly.set("platforms", array("linkedin"));
        create(linkedInOnly);
        ObjectNode norwegian = item(word + " norsk");
        norwegian.putArray("captions").add(ContentJson.caption("Se her", "x", "nb"))
                .add(ContentJson.caption("Look here", "linkedin", "en-GB"));
        norwegian.set("topics", array("Hiring"));
        create(norwegian);

        assertThat(titles(employee, "q=" + word + "&platform=x"), contains(word + " norsk"));
        assertThat(titles(employee, "q=" + word + "&language=nb"), contains(word + " norsk"));
        assertThat(titles(employee, "q=" + word + "&language=en"), containsInAnyOrder(
                word + " linkedin only", word + " norsk"));
        assertThat(titles(employee, "q=" + word + "&topic=hiring"), contains(word + " norsk"));
        assertThat(titles(employee, "q=SE+HER&topic=HIRING"), contains(word + " norsk"));

        JsonNode onX = feed(employee, "q=" + word + "&platform=x").get("items").get(0);
        assertThat(onX.get("captions").size(), is(1));
        assertThat(onX.get("captions").get(0).get("language").asText(), is("nb"));
        List<String> platforms = new ArrayList<>();
        feed(employee, "q=" + word + "&language=en").get("items")
                .forEach(i -> i.get("captions").forEach(c -> platforms.add(c.get("language").asText())));
        assertThat(platforms, everyItem(isOneOf("en", "en-GB")));
    }

    @Test
    void feedItemsLeaveOutTheLibrarysBookkeeping() {
        String word = word();
        create(item(word + " plain"));
        JsonNode item = feed(USERS.employee(), "q=" + word).get("items").get(0);
        assertThat(item.has("slug"), is(true));
        assertThat(item.has("canonicalUrl"), is(true));
        assertThat(item.has("createdBy") || item.has("targetTeams") || item.has("status") || item.has("version"),
                   is(false));
    }

    @Test
    void pagesCarryTheTotal() {
        TestUsers.Session employee = USERS.employee();
        String word = word();
        for (int i = 0; i < 5; i++) {
            create(item(word + " " + i).put("publishAt", CLOCK.instant().minus(Duration.ofMinutes(i + 1)).toString()));
        }
        JsonNode second = feed(employee, "q=" + word + "&size=2&page=1");
        assertThat(second.get("total").asLong(), is(5L));
        assertThat(second.get("size").asInt(), is(2));
        assertThat(titlesOf(second), contains(word + " 2", word + " 3"));
        assertThat(titlesOf(feed(employee, "q=" + word + "&size=2&page=2")), contains(word + " 4"));
    }

    @Test
    void badParametersAre400sNamingTheParameter() {
        TestUsers.Session employee = USERS.employee();
        Map<String, String> cases = Map.of(
                "platform=facebook", "platform",
                "language=not_a_tag", "language",
                "page=-1", "page",
                "page=two", "page",
                "size=0", "size",
                "size=101", "size",
                "q=" + "x".repeat(201), "q");
        cases.forEach((query, field) -> {
            Reply reply = calls.get("/api/v1/feed?" + query, employee);
            assertThat(query, reply.status(), is(400));
            assertThat(query, reply.field(), is(field));
        });
    }

    @Test
    void anonymousCallersAreRefused() {
        assertThat(calls.get("/api/v1/feed", ANONYMOUS).status(), is(401));
    }

    private static String word() {
        return "w" + Long.toString(System.nanoTime(), 36);
    }

    /** A live item open to everyone, published an hour before the clock's now. */
    private static ObjectNode item(String title) {
        return ContentJson.published(title).put("publishAt", CLOCK.instant().minus(Duration.ofHours(1)).toString());
    }

    private static com.fasterxml.jackson.databind.node.ArrayNode array(String... values) {
        com.fasterxml.jackson.databind.node.ArrayNode array = io.herald.api.web.Json.MAPPER.createArrayNode();
        for (String value : values) {
            array.add(value);
        }
        return array;
    }

    private JsonNode create(ObjectNode body) {
        Reply reply = calls.post("/api/v1/content", admin, body.toString());
        assertThat(reply.bodyText(), reply.status(), is(201));
        return reply.body();
    }

    private JsonNode feed(TestUsers.Session session, String query) {
        Reply reply = calls.get("/api/v1/feed?" + query, session);
        assertThat(reply.bodyText(), reply.status(), is(200));
        return reply.body();
    }

    private List<String> titles(TestUsers.Session session, String query) {
        return titlesOf(feed(session, query));
    }

    private static List<String> titlesOf(JsonNode page) {
        List<String> titles = new ArrayList<>();
        page.get("items").forEach(item -> titles.add(item.get("title").asText()));
        return titles;
    }
}
