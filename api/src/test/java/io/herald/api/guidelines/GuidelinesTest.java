package io.herald.api.guidelines;

import com.fasterxml.jackson.databind.JsonNode;
import io.herald.api.Herald;
import io.herald.api.TestCalls;
import io.herald.api.TestCalls.Reply;
import io.herald.api.TestHerald;
import io.herald.api.TestServer;
import io.herald.api.TestUsers;
import io.herald.api.web.Json;
import io.herald.api.web.Page;
import io.herald.api.web.Paging;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

@ServerTest
class GuidelinesTest {
    private static final Herald HERALD = TestHerald.start();
    private static final TestUsers USERS = new TestUsers(HERALD);
    private static final String PATH = "/api/v1/guidelines";

    private final TestCalls calls;
    private final TestUsers.Session admin = USERS.admin();
    private final TestUsers.Session employee = USERS.employee();

    GuidelinesTest(Http1Client client) {
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
    void aNewDatabaseStartsWithTheDefaultSetInstalledOnce() throws Exception {
        try (Herald fresh = TestHerald.start()) {
            Page<GuidelineSet> history = fresh.guidelines().history(new Paging(0, 10));
            assertThat(history.total(), is(1L));
            GuidelineSet installed = history.items().get(0);
            assertThat(installed.version(), is(1L));
            assertThat(installed.updatedBy().isPresent(), is(false));
            assertThat(Json.MAPPER.readTree(installed.ruleSet()),
                       is(Json.MAPPER.readTree(io.herald.common.lint.DefaultGuidelines.json())));
            assertThat(fresh.guidelines().current(), is(installed));
            assertThat(fresh.guidelines().history(new Paging(0, 10)).total(), is(1L));
        }
    }

    @Test
    void everySignedInUserGetsTheSetWithAStrongETag() {
        Reply reply = calls.get(PATH, employee);
        assertThat(reply.status(), is(Status.OK_200));
        String etag = reply.etag().orElseThrow();
        assertThat(etag.startsWith("\""), is(true));
        assertThat(reply.json().get("rules").size(), greaterThan(3));
        assertThat(reply.json().get("rules").get(0).has("level"), is(true));
    }

    @Test
    void ifNoneMatchWithTheCurrentETagIs304() {
        String etag = calls.get(PATH, employee).etag().orElseThrow();
        Reply same = calls.get(PATH, employee, HeaderNames.IF_NONE_MATCH, etag);
        assertThat(same.status(), is(Status.NOT_MODIFIED_304));
        assertThat(same.body(), is(""));
        assertThat(same.etag().orElseThrow(), is(etag));
        assertThat(calls.get(PATH, employee, HeaderNames.IF_NONE_MATCH, "W/" + etag).status(),
                   is(Status.NOT_MODIFIED_304));
        assertThat(calls.get(PATH, employee, HeaderNames.IF_NONE_MATCH, "\"0\"").status(), is(Status.OK_200));
    }

    @Test
    void replacingKeepsThePreviousVersions() {
        Reply before = calls.get(PATH, admin);
        String ruleSet = """
                {"rules": [{"id": "no-jargon", "type": "existence", "level": "warning",
                            "message": "Avoid '%s'.", "words": ["leverage"]}]}""";
        Reply put = calls.put(PATH, admin, ruleSet);
        assertThat(put.status(), is(Status.OK_200));
        assertThat(put.etag().orElseThrow(), is(not(before.etag().orElseThrow())));

        Reply after = calls.get(PATH, employee, HeaderNames.IF_NONE_MATCH, before.etag().orElseThrow());
        assertThat(after.status(), is(Status.OK_200));
        assertThat(after.json().get("rules").get(0).get("id").asText(), is("no-jargon"));
        assertThat(after.etag(), is(put.etag()));

        JsonNode history = calls.get(PATH + "/history", admin).json();
        assertThat(history.get("total").asLong(), greaterThanOrEqualTo(2L));
        JsonNode newest = history.get("items").get(0);
        assertThat("\"" + newest.get("version").asLong() + "\"", is(put.etag().orElseThrow()));
        assertThat(newest.get("updatedBy").asText(), is(admin.userId()));
        assertThat(newest.get("ruleSet").get("rules").get(0).get("id").asText(), is("no-jargon"));
        JsonNode previous = history.get("items").get(1);
        assertThat(previous.get("ruleSet"), is(before.json()));
    }

    @Test
    void invalidSetIsRefusedNamingTheBadRule() {
        String before = calls.get(PATH, admin).etag().orElseThrow();
        Reply reply = calls.put(PATH, admin, """
                {"rules": [{"id": "fine", "type": "existence", "message": "ok", "words": ["synergy"]},
                           {"id": "half-done", "message": "no type"}]}""");
        assertThat(reply.status(), is(Status.BAD_REQUEST_400));
        assertThat(reply.field(), is("rules[1]"));
        assertThat(reply.detail(), containsString("half-done"));

        Reply duplicate = calls.put(PATH, admin, """
                {"rules": [{"id": "twin", "type": "repetition", "message": "a"},
                           {"id": "twin", "type": "repetition", "message": "b"}]}""");
        assertThat(duplicate.field(), is("rules[1]"));
        assertThat(duplicate.detail(), containsString("twin"));
        assertThat(calls.put(PATH, admin, "{\"rules\": [\"just text\"]}").field(), is("rules[0]"));
        assertThat(calls.get(PATH, admin).etag().orElseThrow(), is(before));
    }

    @Test
    void aSetMustBeAnObjectWithARulesArray() {
        assertThat(calls.put(PATH, admin, "[]").status(), is(Status.BAD_REQUEST_400));
        assertThat(calls.put(PATH, admin, "{}").field(), is("rules"));
        assertThat(calls.put(PATH, admin, "{\"rules\": {}}").field(), is("rules"));
        assertThat(calls.put(PATH, admin, "{\"rules\": [").detail(), containsString("not well-formed"));
        assertThat(calls.put(PATH, admin, "{\"rules\": [], \"rules\": []}").detail(), containsString("Duplicate"));
        assertThat(calls.put(PATH, admin, "").status(), is(Status.BAD_REQUEST_400));
    }

    @Test
    void staleIfMatchIs412AndBodyOverTheLimitIs413() {
        String stale = "\"0\"";
        Reply reply = calls.put(PATH, admin, "{\"rules\": []}", HeaderNames.IF_MATCH, stale);
        assertThat(reply.status(), is(Status.PRECONDITION_FAILED_412));
        String current = calls.get(PATH, admin).etag().orElseThrow();
        assertThat(calls.put(PATH, admin, "{\"rules\": []}", HeaderNames.IF_MATCH, current).status(),
                   is(Status.OK_200));

        String huge = "{\"rules\": [], \"padding\": \"" + "x".repeat(HERALD.jsonBodies().maxBytes()) + "\"}";
        assertThat(calls.put(PATH, admin, huge).status(), is(Status.REQUEST_ENTITY_TOO_LARGE_413));
    }
}
