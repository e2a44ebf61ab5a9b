package io.herald.api.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.herald.api.Herald;
import io.herald.api.TestCalls;
import io.herald.api.TestCalls.Reply;
import io.herald.api.TestHerald;
import io.herald.api.TestServer;
import io.herald.api.TestUsers;
import io.helidon.http.HeaderValues;
import io.helidon.http.Method;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpServer;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static io.helidon.http.HeaderNames.CONTENT_TYPE;
import static io.helidon.http.HeaderNames.ETAG;
import static io.helidon.http.HeaderNames.IF_MATCH;
import static io.helidon.http.HeaderNames.LOCATION;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

@ServerTest
class ContentCrudTest {
    private static final Herald HERALD = TestHerald.start();
    private static final TestUsers USERS = new TestUsers(HERALD);

    private final TestCalls calls;
    private final TestUsers.Session admin = USERS.admin();

    ContentCrudTest(Http1Client client) {
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
    void createdItemIsReadBackWithLocationAndETag() {
        ObjectNode body = ContentJson.published("Quarterly results are in");
        body.putArray("platforms").add("linkedin");
        body.put("kind", "ask").put("featured", true).put("imageUrl", "https://cdn.example.com/q3.png");
        Reply created = calls.post("/api/v1/content", admin, body.toString());

        assertThat(created.status(), is(201));
        JsonNode item = created.body();
        String id = item.get("id").asText();
        assertThat(created.header(LOCATION).orElseThrow(), is("/api/v1/content/" + id));
        assertThat(created.header(ETAG).orElseThrow(), is("\"1\""));
        assertThat(item.get("slug").asText(), is("quarterly-results-are-in"));
        assertThat(item.get("kind").asText(), is("ask"));
        assertThat(item.get("platforms").toString(), is("[\"linkedin\"]"));
        assertThat(item.get("hashtags").toString(), is("[\"Herald\"]"));
        assertThat(item.get("captions").get(1).get("language").asText(), is("fi"));
        assertThat(item.get("createdBy").asText(), is(admin.userId()));
        assertThat(item.has("publishAt"), is(true));

        Reply read = calls.get("/api/v1/content/" + id, admin);
        assertThat(read.status(), is(200));
        assertThat(read.header(ETAG).orElseThrow(), is("\"1\""));
        assertThat(read.body(), is(item));
    }

    @Test
    void sameTitleGetsTheNextFreeSlugAndUpdatesKeepIt() {
        String first = calls.post("/api/v1/content", admin, ContentJson.published("Łódź office opens").toString())
                .body().get("slug").asText();
        Reply second = calls.post("/api/v1/content", admin, ContentJson.published("Łódź office opens!").toString());
        assertThat(first, is("lodz-office-opens"));
        assertThat(second.body().get("slug").asText(), is("lodz-office-opens-2"));

        ObjectNode renamed = ContentJson.published("Our new office in Kraków");
        Reply updated = calls.put("/api/v1/content/" + second.body().get("id").asText(), admin, renamed.toString(),
                                  HeaderValues.create(IF_MATCH, second.header(ETAG).orElseThrow()));
        assertThat(updated.status(), is(200));
        assertThat(updated.body().get("title").asText(), is("Our new office in Kraków"));
        assertThat(updated.body().get("slug").asText(), is("lodz-office-opens-2"));
    }

    @Test
    void updateWithCurrentETagReplacesTheItemAndBumpsTheVersion() {
        TestUsers.Session otherAdmin = USERS.admin();
        Reply created = calls.post("/api/v1/content", admin, ContentJson.published("Release notes").toString());
        String path = "/api/v1/content/" + created.body().get("id").asText();
        ObjectNode change = ContentJson.published("Release notes 2.0");
        change.putArray("captions");
        change.put("status", "draft");

        Reply updated = calls.put(path, otherAdmin, change.toString(), HeaderValues.create(IF_MATCH, "\"1\""));
        assertThat(updated.status(), is(200));
        assertThat(updated.header(ETAG).orElseThrow(), is("\"2\""));
        JsonNode item = calls.get(path, admin).body();
        assertThat(item.get("version").asLong(), is(2L));
        assertThat(item.get("status").asText(), is("draft"));
        assertThat(item.get("captions").size(), is(0));
        assertThat(item.get("createdBy").asText(), is(admin.userId()));
        assertThat(item.get("updatedBy").asText(), is(otherAdmin.userId()));
        assertThat(item.get("createdAt"), is(created.body().get("createdAt")));
    }

    @Test
    void staleETagIs412AndLeavesTheItemUnchanged() {
        Reply created = calls.post("/api/v1/content", admin, ContentJson.published("Hiring in Oslo").toString());
        String path = "/api/v1/content/" + created.body().get("id").asText();
        calls.put(path, admin, ContentJson.published("Hiring in Oslo and Bergen").toString(),
                  HeaderValues.create(IF_MATCH, "\"1\""));

        Reply stale = calls.put(path, admin, ContentJson.published("Hiring in Bergen").toString(),
                                HeaderValues.create(IF_MATCH, "\"1\""));
        assertThat(stale.status(), is(412));
        assertThat(stale.detail(), containsString("\"2\""));
        assertThat(calls.get(path, admin).body().get("title").asText(), is("Hiring in Oslo and Bergen"));
    }

    @Test
    void missingIfMatchIs428AndWeakOrWildcardTagsDoNotCount() {
        Reply created = calls.post("/api/v1/content", admin, ContentJson.published("Security update").toString());
        String path = "/api/v1/content/" + created.body().get("id").asText();
        String change = ContentJson.published("Security update (revised)").toString();

        assertThat(calls.put(path, admin, change).status(), is(428));
        assertThat(calls.put(path, admin, change, HeaderValues.create(IF_MATCH, "*")).status(), is(428));
        assertThat(calls.put(path, admin, change, HeaderValues.create(IF_MATCH, "W/\"1\"")).status(),
                   is(412));
        assertThat(calls.get(path, admin).body().get("version").asLong(), is(1L));
        assertThat(calls.put(path, admin, change, HeaderValues.create(IF_MATCH, "\"7\", \"1\"")).status(), is(200));
    }

    @Test
    void archiveKeepsTheItemAndIsIdempotent() {
        Reply created = calls.post("/api/v1/content", admin, ContentJson.published("Old campaign").toString());
        String path = "/api/v1/content/" + created.body().get("id").asText();

        Reply archived = calls.send(Method.POST, path + "/archive", admin, Optional.empty());
        assertThat(archived.status(), is(200));
        assertThat(archived.body().get("status").asText(), is("archived"));
        assertThat(archived.header(ETAG).orElseThrow(), is("\"2\""));
        assertThat(calls.send(Method.POST, path + "/archive", admin, Optional.empty()).header(ETAG).orElseThrow(),
                   is("\"2\""));
        assertThat(calls.get(path, admin).body().get("status").asText(), is("archived"));
    }

    @Test
    void unknownIdIs404Everywhere() {
        String path = "/api/v1/content/00000000-0000-0000-0000-000000000000";
        String body = ContentJson.published("Nothing").toString();
        assertThat(calls.get(path, admin).status(), is(404));
        assertThat(calls.put(path, admin, body, HeaderValues.create(IF_MATCH, "\"1\"")).status(), is(404));
        Reply archive = calls.send(Method.POST, path + "/archive", admin, Optional.empty());
        assertThat(archive.status(), is(404));
        assertThat(archive.header(CONTENT_TYPE).orElseThrow(), containsString("application/problem+json"));
    }

    @Test
    void listFiltersByStatusTopicTeamAndTextAndPages() {
        String team = USERS.team("List team " + System.nanoTime());
        String marker = "zebra" + System.nanoTime();
        ObjectNode draft = ContentJson.published("Draft about " + marker).put("status", "draft");
        draft.putArray("topics").add("Culture");
        calls.post("/api/v1/content", admin, draft.toString());
        ObjectNode targeted = ContentJson.published("Team news");
        targeted.putArray("targetTeams").add(team);
        ObjectNode captionHit = ContentJson.published("Caption search");
        captionHit.putArray("captions").add(ContentJson.caption("A " + marker.toUpperCase() + " walks in", "x", "en"));
        String targetedId = calls.post("/api/v1/content", admin, targeted.toString()).body().get("id").asText();
        String captionId = calls.post("/api/v1/content", admin, captionHit.toString()).body().get("id").asText();

        JsonNode byText = calls.get("/api/v1/content?q=" + marker, admin).body();
        assertThat(byText.get("total").asLong(), is(2L));
        assertThat(calls.get("/api/v1/content?q=" + marker + "&status=published", admin).body()
                           .get("items").get(0).get("id").asText(), is(captionId));
        assertThat(calls.get("/api/v1/content?team=" + team, admin).body().get("items").get(0).get("id").asText(),
                   is(targetedId));
        assertThat(calls.get("/api/v1/content?topic=culture&q=" + marker, admin).body().get("total").asLong(), is(1L));

        JsonNode firstPage = calls.get("/api/v1/content?q=" + marker + "&size=1", admin).body();
        JsonNode secondPage = calls.get("/api/v1/content?q=" + marker + "&size=1&page=1", admin).body();
        JsonNode pastTheEnd = calls.get("/api/v1/content?q=" + marker + "&size=1&page=5", admin).body();
        assertThat(firstPage.get("items").size(), is(1));
        assertThat(secondPage.get("items").size(), is(1));
        assertThat(secondPage.get("items").get(0).get("id"), is(not(firstPage.get("items").get(0).get("id"))));
        assertThat(pastTheEnd.get("items").size(), is(0));
        assertThat(pastTheEnd.get("total").asLong(), is(2L));
        assertThat(pastTheEnd.get("page").asInt(), is(5));
    }

    @Test
    void textSearchTreatsWildcardsLiterally() {
        calls.post("/api/v1/content", admin, ContentJson.published("100% growth").toString());
        assertThat(calls.get("/api/v1/content?q=%25", admin).body().get("total").asLong(), is(1L));
        assertThat(calls.get("/api/v1/content?q=_", admin).body().get("total").asLong(), is(0L));
    }
}
