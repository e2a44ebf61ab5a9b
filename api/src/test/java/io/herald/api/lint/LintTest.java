package io.herald.api.lint;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.herald.api.Herald;
import io.herald.api.TestCalls;
import io.herald.api.TestCalls.Reply;
import io.herald.api.TestHerald;
import io.herald.api.TestServer;
import io.herald.api.TestUsers;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static io.herald.api.TestCalls.Caller.ANONYMOUS;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

@ServerTest
class LintTest {
    // A real domain: like X, the engine only recognises links on known top-level domains (not 127.0.0.1).
    private static final Herald HERALD = TestHerald.start(Map.of("herald.public-url", "https://go.acme.com"));
    private static final TestUsers USERS = new TestUsers(HERALD);
    private static final String RULES = """
            {"rules": [
              {"id": "client-names", "type": "existence", "level": "warning", "words": ["Nokia"], "prefix": true,
               "message": {"en": "\\"%s\\" names a client.", "fi": "\\"%s\\" on asiakkaan nimi."}},
              {"id": "own-words", "type": "own-words", "message": "About {percent} % is in your own words.",
               "minPercent": 30},
              {"id": "disclose", "type": "disclosure", "message": "Say you work here, e.g. with {form}.",
               "forms": ["#employee"]}
            ]}""";
    private static String contentId;

    private final TestCalls calls;
    private final TestUsers.Session employee = USERS.employee();

    LintTest(Http1Client client) {
        this.calls = new TestCalls(client);
    }

    @SetUpServer
    static void server(WebServerConfig.Builder server) {
        TestServer.setUp(server, HERALD);
    }

    @BeforeAll
    static void library(Http1Client client) {
        TestCalls calls = new TestCalls(client);
        TestUsers.Session admin = USERS.admin();
        assertThat(calls.put("/api/v1/guidelines", admin, RULES).status(), is(200));
        Reply created = calls.post("/api/v1/content", admin, """
                {"title": "Our Lodz office opens", "canonicalUrl": "https://www.example.com/news/lodz",
                 "status": "published", "kind": "value", "platforms": ["linkedin", "x"],
                 "captions": [{"text": "Our new office in Lodz opens its doors today for the whole team",
                               "platform": "any", "language": "en"}]}""");
        assertThat(created.bodyText(), created.status(), is(201));
        contentId = created.body().get("id").asText();
    }

    @AfterAll
    static void close() {
        HERALD.close();
    }

    @Test
    void findsTheStoredRulesWithUtf16SpansInTheAskedLanguage() {
        Reply reply = calls.post("/api/v1/lint", employee, """
                {"text": "🎉 Kiitos Nokialle!", "platform": "x", "language": "fi"}""");
        assertThat(reply.bodyText(), reply.status(), is(200));
        JsonNode finding = reply.body().get("findings").get(0);
        assertThat(finding.get("ruleId").asText(), is("client-names"));
        assertThat(finding.get("level").asText(), is("warning"));
        // The emoji is two UTF-16 units, so "Nokialle" starts at 10.
        assertThat(finding.get("start").asInt(), is(10));
        assertThat(finding.get("end").asInt(), is(18));
        assertThat(finding.get("message").asText(), is("\"Nokialle\" on asiakkaan nimi."));
        JsonNode length = reply.body().get("length");
        assertThat(length.get("max").asInt(), is(280));
        assertThat(length.get("valid").asBoolean(), is(true));
        assertThat(reply.body().get("ownWords").isNull(), is(true));
    }

    @Test
    void measuresOwnWordsAgainstTheSharedItemAndAsksForDisclosure() {
        Reply copied = calls.post("/api/v1/lint", employee, """
                {"text": "Our new office in Lodz opens its doors today for the whole team https://www.example.com/news/lodz",
                 "platform": "linkedin", "contentId": "%s"}""".formatted(contentId));
        assertThat(copied.bodyText(), copied.status(), is(200));
        assertThat(copied.body().get("ownWords").asDouble(), closeTo(0.0, 0.01));
        assertThat(copied.bodyText(), containsString("\"ruleId\":\"own-words\""));
        assertThat(copied.bodyText(), containsString("\"ruleId\":\"disclose\""));
        assertThat(copied.bodyText(), containsString("\"kind\":\"insert\""));

        Reply ownWords = calls.post("/api/v1/lint", employee, """
                {"text": "So proud of the people who made our Lodz office happen, come and visit us! #employee",
                 "platform": "linkedin", "contentId": "%s"}""".formatted(contentId));
        assertThat(ownWords.body().get("ownWords").asDouble(), closeTo(1.0, 0.01));
        assertThat(ownWords.body().get("findings").size(), is(0));
    }

    @Test
    void aTrackedLinkCountsAsSharingCompanyContent() {
        Reply reply = calls.post("/api/v1/lint", employee, """
                {"text": "Worth a read: https://go.acme.com/r/AbCdEf1234", "platform": "x"}""");
        assertThat(reply.bodyText(), containsString("\"ruleId\":\"disclose\""));
        // Each link counts 23 on X, whatever its length.
        assertThat(reply.body().get("length").get("weighted").asInt(), is("Worth a read: ".length() + 23));
    }

    @Test
    void badInputIsA400NamingTheField() {
        assertThat(calls.post("/api/v1/lint", employee, "{\"platform\": \"x\"}").field(), is("text"));
        assertThat(calls.post("/api/v1/lint", employee, "{\"text\": \"hi\"}").field(), is("platform"));
        assertThat(calls.post("/api/v1/lint", employee, "{\"text\": \"hi\", \"platform\": \"myspace\"}").field(),
                   is("platform"));
        assertThat(calls.post("/api/v1/lint", employee, "{\"text\": 5, \"platform\": \"x\"}").field(), is("text"));
        Reply unknown = calls.post("/api/v1/lint", employee, """
                {"text": "hi", "platform": "x", "contentId": "no-such-item"}""");
        assertThat(unknown.status(), is(404));
        assertThat(calls.post("/api/v1/lint", employee, "{\"text\": \"" + "a".repeat(LintBody.MAX_TEXT + 1)
                                                          + "\", \"platform\": \"x\"}").field(), is("text"));
    }

    @Test
    void aLongDraftKeepsTwentyFindingsPerRuleAndSaysHowManyMoreThereWere() {
        String draft = "Nokia ".repeat(3_300).strip();
        Reply reply = calls.post("/api/v1/lint", employee, Map.of("text", draft, "platform", "linkedin"));

        assertThat(reply.status(), is(200));
        JsonNode findings = reply.body().get("findings");
        long clientNames = findings.findValuesAsText("ruleId").stream().filter("client-names"::equals).count();
        assertThat(clientNames, is(20L));
        assertThat(reply.body().at("/findingsLeftOut/client-names").asInt(), is(3_300 - 20));
        assertThat(findings.get(0).get("start").asInt(), is(0)); // the first ones, in text order
        assertThat(reply.bodyText().length() < 20_000, is(true));
    }

    @Test
    void signInIsRequired() {
        Reply reply = calls.post("/api/v1/lint", ANONYMOUS, "{\"text\": \"hi\", \"platform\": \"x\"}");
        assertThat(reply.status(), is(401));
    }
}
