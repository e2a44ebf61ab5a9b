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
import io.helidon.http.HeaderValues;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static io.helidon.http.HeaderNames.ETAG;
import static io.helidon.http.HeaderNames.IF_MATCH;
import static io.helidon.http.HeaderNames.IF_NONE_MATCH;
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
            Page<GuidelineSet> history = fresh.guidelines().guidelines().history(new Paging(0, 10));
            assertThat(history.total(), is(1L));
            GuidelineSet installed = history.items().get(0);
            assertThat(installed.version(), is(1L));
            assertThat(installed.updatedBy().isPresent(), is(false));
            assertThat(Json.MAPPER.readTree(installed.ruleSet()),
                       is(Json.MAPPER.readTree(io.herald.common.lint.DefaultGuidelines.json())));
            assertThat(fresh.guidelines().guidelines().current(), is(installed));
            assertThat(fresh.guidelines().guidelines().history(new Paging(0, 10)).total(), is(1L));
        }
    }

    @Test
    void everySignedInUserGetsTheSetWithAStrongETag() {
        Reply reply = calls.get(PATH, employee);
        assertThat(reply.status(), is(200));
        String etag = reply.header(ETAG).orElseThrow();
        assertThat(etag.startsWith("\""), is(true));
        assertThat(reply.body().get("rules").size(), greaterThan(3));
        assertThat(reply.body().get("rules").get(0).has("level"), is(true));
    }

    @Test
    void ifNoneMatchWithTheCurrentETagIs304() {
        String etag = calls.get(PATH, employee).header(ETAG).orElseThrow();
        Reply same = calls.get(PATH, employee, HeaderValues.create(IF_NONE_MATCH, etag));
        assertThat(same.status(), is(304));
        assertThat(same.bodyText(), is(""));
        assertThat(same.header(ETAG).orElseThrow(), is(etag));
        assertThat(calls.get(PATH, employee, HeaderValues.create(IF_NONE_MATCH, "W/" + etag)).status(),
                   is(304));
        assertThat(calls.get(PATH, employee, HeaderValues.create(IF_NONE_MATCH, "\"0\"")).status(), is(200));
    }

    @Test
    void replacingKeepsThePreviousVersions() {
        Reply before = calls.get(PATH, admin);
        String ruleSet = """
                {"rules": [{"id": "no-jargon", "type": "existence", "level": "warning",
                            "message": "Avoid '%s'.", "words": ["leverage"]}]}""";
        Reply put = calls.put(PATH, admin, ruleSet);
        assertThat(put.status(), is(200));
        assertThat(put.header(ETAG).orElseThrow(), is(not(before.header(ETAG).orElseThrow())));

        Reply after = calls.get(PATH, employee, HeaderValues.create(IF_NONE_MATCH, before.header(ETAG).orElseThrow()));
        assertThat(after.status(), is(200));
        assertThat(after.body().get("rules").get(0).get("id").asText(), is("no-jargon"));
        assertThat(after.header(ETAG), is(put.header(ETAG)));

        JsonNode history = calls.get(PATH + "/history", admin).body();
        assertThat(history.get("total").asLong(), greaterThanOrEqualTo(2L));
        JsonNode newest = history.get("items").get(0);
        assertThat("\"" + newest.get("version").asLong() + "\"", is(put.header(ETAG).orElseThrow()));
        assertThat(newest.get("updatedBy").asText(), is(admin.userId()));
        assertThat(newest.get("ruleSet").get("rules").get(0).get("id").asText(), is("no-jargon"));
        JsonNode previous = history.get("items").get(1);
        assertThat(previous.get("ruleSet"), is(before.body()));
    }

    @Test
    void invalidSetIsRefusedNamingTheBadRule() {
        String before = calls.get(PATH, admin).header(ETAG).orElseThrow();
        Reply reply = calls.put(PATH, admin, """
                {"rules": [{"id": "fine", "type": "existence", "message": "ok", "words": ["synergy"]},
                           {"id": "half-done", "message": "no type"}]}""");
        assertThat(reply.status(), is(400));
        assertThat(reply.field(), is("rules[1]"));
        assertThat(reply.detail(), containsString("half-done"));

        Reply duplicate = calls.put(PATH, admin, """
                {"rules": [{"id": "twin", "type": "repetition", "message": "a"},
                           {"id": "twin", "type": "repetition", "message": "b"}]}""");
        assertThat(duplicate.field(), is("rules[1]"));
        assertThat(duplicate.detail(), containsString("twin"));
        assertThat(calls.put(PATH, admin, "{\"rules\": [\"just text\"]}").field(), is("rules[0]"));
        assertThat(calls.get(PATH, admin).header(ETAG).orElseThrow(), is(before));
    }

    @Test
    void aRulesLinkIsAWebAddressLikeAContentUrl() {
        String before = calls.get(PATH, admin).header(ETAG).orElseThrow();
        for (String link : new String[] {"javascript:alert(document.cookie)", "data:text/html,<script>x</script>",
                "JaVaScRiPt:alert(1)", "//evil.example/why", "https://example.com:0/why", "http://localhost/why",
                "http://169.254.169.254/latest/meta-data/"}) {
            Reply reply = calls.put(PATH, admin, ruleWithLink(link));
            assertThat(link, reply.status(), is(400));
            assertThat(link, reply.field(), is("rules[1].link"));
        }
        assertThat(calls.get(PATH, admin).header(ETAG).orElseThrow(), is(before));
        assertThat(calls.put(PATH, admin, ruleWithLink("https://intranet.example.com/tone#hype")).status(), is(200));
    }

    private static String ruleWithLink(String link) {
        return """
                {"rules": [{"id": "plain", "type": "existence", "message": "ok", "words": ["synergy"]},
                           {"id": "linked", "type": "existence", "message": "Why not '%%s'?", "words": ["leverage"],
                            "link": %s}]}""".formatted(Json.string(link));
    }

    @Test
    void ifMatchStarMeansAnyVersion() {
        Reply reply = calls.put(PATH, admin, "{\"rules\": []}", HeaderValues.create(IF_MATCH, "*"));
        assertThat(reply.status(), is(200));
        assertThat(reply.header(ETAG).orElseThrow(), is(calls.get(PATH, admin).header(ETAG).orElseThrow()));
    }

    @Test
    void aSetMustBeAnObjectWithARulesArray() {
        assertThat(calls.put(PATH, admin, "[]").status(), is(400));
        assertThat(calls.put(PATH, admin, "{}").field(), is("rules"));
        assertThat(calls.put(PATH, admin, "{\"rules\": {}}").field(), is("rules"));
        String malformed = calls.put(PATH, admin, "{\"rules\": [\n  {\"id\": \"a\" \"type\": \"x\"}]}").detail();
        assertThat(malformed, is("The rule set is not well-formed JSON (line 2, column 14): look for a missing "
                                 + "comma, quote or bracket just before that place."));
        assertThat("the parser's own words are not passed on", malformed, not(containsString("Unexpected")));
        assertThat(calls.put(PATH, admin, "{\"rules\": [], \"rules\": []}").detail(),
                   is("The rule set has the key \"rules\" twice in one object (line 1, column 22); keep one."));
        assertThat(calls.put(PATH, admin, "").status(), is(400));
    }

    @Test
    void staleIfMatchIs412AndBodyOverTheLimitIs413() {
        String stale = "\"0\"";
        Reply reply = calls.put(PATH, admin, "{\"rules\": []}", HeaderValues.create(IF_MATCH, stale));
        assertThat(reply.status(), is(412));
        String current = calls.get(PATH, admin).header(ETAG).orElseThrow();
        assertThat(calls.put(PATH, admin, "{\"rules\": []}", HeaderValues.create(IF_MATCH, current)).status(),
                   is(200));

        String huge = "{\"rules\": [], \"padding\": \"" + "x".repeat(HERALD.jsonBodies().maxBytes()) + "\"}";
        assertThat(calls.put(PATH, admin, huge).status(), is(413));
    }
}
