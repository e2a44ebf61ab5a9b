package io.herald.api.content;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.herald.api.Herald;
import io.herald.api.TestCalls;
import io.herald.api.TestCalls.Reply;
import io.herald.api.TestHerald;
import io.herald.api.TestServer;
import io.herald.api.TestUsers;
import io.herald.api.web.Json;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

/**
 * Every path an employee reads content through (the feed, tracked links, the lint's shared item, shares without a
 * link) shows the same items: published, inside their window, meant for everyone or the employee's team. Drafts,
 * scheduled items, another team's, archived and expired ones are answered exactly as an id that names nothing.
 */
@ServerTest
class AudienceTest {
    private static final Herald HERALD = TestHerald.start();
    private static final TestUsers USERS = new TestUsers(HERALD);

    private final TestCalls calls;

    AudienceTest(Http1Client client) {
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
    void employeesReachOnlyWhatTheFeedShowsThemAndTheRestIsA404LikeAnUnknownId() {
        TestUsers.Session admin = USERS.admin();
        String sales = USERS.team("Audience sales");
        String support = USERS.team("Audience support");
        TestUsers.Session inSales = USERS.employee(sales);
        TestUsers.Session inNoTeam = USERS.employee();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        Map<String, String> items = new LinkedHashMap<>();
        items.put("everyone", create(admin, item("For everyone")));
        items.put("sales", create(admin, item("For sales").set("targetTeams", array(sales))));
        items.put("support", create(admin, item("For support").set("targetTeams", array(support))));
        items.put("scheduled", create(admin, item("Tomorrow").put("publishAt", now.plus(Duration.ofDays(1))
                .toString())));
        items.put("draft", create(admin, item("Still a draft").put("status", "draft")));
        items.put("expired", create(admin, item("Yesterday's").put("publishAt", now.minus(Duration.ofDays(2))
                .toString()).put("expiresAt", now.minus(Duration.ofDays(1)).toString())));
        String archived = create(admin, item("Archived"));
        calls.post("/api/v1/content/" + archived + "/archive", admin, "");
        items.put("archived", archived);

        Map<TestUsers.Session, List<String>> visible = Map.of(inSales, List.of("everyone", "sales"),
                                                              inNoTeam, List.of("everyone"));
        visible.forEach((employee, names) -> {
            List<String> feed = feedIds(employee);
            items.forEach((name, id) -> {
                boolean shown = names.contains(name);
                String what = name + " for " + employee.email();
                assertThat(what + " in the feed", feed.contains(id), is(shown));
                assertThat(what + ": link", link(employee, id).status(), is(shown ? 201 : 404));
                assertThat(what + ": lint", lint(employee, id).status(), is(shown ? 200 : 404));
                assertThat(what + ": share", share(employee, id).status(), is(shown ? 201 : 404));
                if (!shown) {
                    assertLikeUnknown(employee, id);
                }
            });
        });
    }

    @Test
    void aDraftsCaptionIsNoOracleForOwnWords() {
        TestUsers.Session admin = USERS.admin();
        TestUsers.Session employee = USERS.employee();
        String caption = "A secret launch the whole company waits for";
        ObjectNode draft = item("Secret").put("status", "draft");
        draft.putArray("captions").add(ContentJson.caption(caption, "any", "en"));
        String id = create(admin, draft);

        Reply reply = calls.post("/api/v1/lint", employee, Map.of("text", caption, "platform", "linkedin",
                                                                  "contentId", id));
        assertThat(reply.status(), is(404));
        assertThat(reply.body().has("ownWords"), is(false));
    }

    /** Hidden items get the answer an id that names nothing gets, word for word but for the id. */
    private void assertLikeUnknown(TestUsers.Session employee, String id) {
        String unknown = UUID.randomUUID().toString();
        assertThat(link(employee, id).detail().replace(id, "?"), is(link(employee, unknown).detail()
                                                                         .replace(unknown, "?")));
        assertThat(lint(employee, id).detail().replace(id, "?"), is(lint(employee, unknown).detail()
                                                                         .replace(unknown, "?")));
        assertThat(share(employee, id).detail().replace(id, "?"), is(share(employee, unknown).detail()
                                                                           .replace(unknown, "?")));
    }

    private Reply link(TestUsers.Session employee, String id) {
        return calls.post("/api/v1/links", employee, Map.of("contentId", id, "platform", "linkedin"));
    }

    private Reply lint(TestUsers.Session employee, String id) {
        return calls.post("/api/v1/lint", employee, Map.of("text", "Have a look", "platform", "linkedin",
                                                           "contentId", id));
    }

    private Reply share(TestUsers.Session employee, String id) {
        return calls.post("/api/v1/shares", employee, Map.of("id", UUID.randomUUID().toString(), "contentId", id,
                                                             "platform", "x", "postedAt", Instant.now().toString(),
                                                             "ownWords", 0.5));
    }

    private List<String> feedIds(TestUsers.Session employee) {
        JsonNode items = calls.get("/api/v1/feed?size=100", employee).body().path("items");
        return items.findValuesAsText("id");
    }

    private String create(TestUsers.Session admin, ObjectNode item) {
        Reply created = calls.post("/api/v1/content", admin, item.toString());
        assertThat(created.toString(), created.status(), is(201));
        return created.text("id");
    }

    private static ObjectNode item(String title) {
        return ContentJson.published(title + " " + UUID.randomUUID());
    }

    private static ArrayNode array(String value) {
        return Json.MAPPER.createArrayNode().add(value);
    }
}
