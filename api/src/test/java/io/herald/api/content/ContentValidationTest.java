package io.herald.api.content;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import io.herald.api.Herald;
import io.herald.api.RawHttp;
import io.herald.api.TestCalls.Reply;
import io.herald.api.TestCalls;
import io.herald.api.TestHerald;
import io.herald.api.TestServer;
import io.herald.api.TestUsers;
import io.herald.api.auth.CurrentUser;
import io.herald.api.people.Role;
import io.herald.api.web.Json;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.helidon.http.HeaderValues;
import io.helidon.http.Method;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static io.helidon.http.HeaderNames.CONTENT_TYPE;
import static io.helidon.http.HeaderNames.ETAG;
import static io.helidon.http.HeaderNames.IF_MATCH;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Bad input to the library: each kind is a 400 (or 413/415) problem naming the field, never a 500, and nothing is
 * stored.
 */
@ServerTest
class ContentValidationTest {
    private static final Herald HERALD = TestHerald.start();
    private static final TestUsers USERS = new TestUsers(HERALD);

    private final TestCalls calls;
    private final TestUsers.Session admin = USERS.admin();

    private final int port;

    ContentValidationTest(Http1Client client, WebServer server) {
        this.calls = new TestCalls(client);
        this.port = server.port();
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
    void anXCaptionOverXsWeightedLimitIsRefusedNamingItsText() {
        // 141 CJK characters weigh 282 on X (each 2), though they are far from LinkedIn's 3,000 characters.
        String heavy = "漢".repeat(141);
        Reply reply = calls.post("/api/v1/content", admin, java.util.Map.of(
                "title", "Over X's limit", "canonicalUrl", "https://www.example.com/x-limit",
                "captions", java.util.List.of(java.util.Map.of("text", "Fine", "platform", "x", "language", "en"),
                                              java.util.Map.of("text", heavy, "platform", "x", "language", "ja"))));
        assertThat(reply.status(), is(400));
        assertThat(reply.field(), is("captions[1].text"));
        assertThat(reply.detail(), containsString("282 of X's 280"));

        Reply anyPlatform = calls.post("/api/v1/content", admin, java.util.Map.of(
                "title", "Long for any platform", "canonicalUrl", "https://www.example.com/any-limit",
                "captions", java.util.List.of(java.util.Map.of("text", heavy, "platform", "any", "language", "ja"))));
        assertThat("only captions for X are held to X's count", anyPlatform.status(), is(201));
        String link = "https://www.example.com/" + "a".repeat(300);
        Reply withLink = calls.post("/api/v1/content", admin, java.util.Map.of(
                "title", "A long link counts 23", "canonicalUrl", "https://www.example.com/link-limit",
                "captions", java.util.List.of(java.util.Map.of("text", "Read " + link, "platform", "x",
                                                               "language", "en"))));
        assertThat(withLink.status(), is(201));
    }

    @Test
    void malformedJsonIs400() {
        Reply reply = calls.post("/api/v1/content", admin, "{\"title\": \"Unclosed");
        assertThat(reply.status(), is(400));
        assertThat(reply.header(CONTENT_TYPE).orElseThrow(), containsString("application/problem+json"));
        assertThat(reply.detail(), containsString("not well-formed JSON"));
    }

    @Test
    void wrongTypesNameTheField() {
        expectField("title", item -> item.put("title", 5));
        expectField("featured", item -> item.put("featured", "yes"));
        expectField("captions", item -> item.put("captions", "Share this!"));
        expectField("captions[2].text", item -> item.withArray("captions").addObject()
                .putArray("text"));
        expectField("publishAt", item -> item.put("publishAt", "next tuesday"));
        expectField("topics", item -> item.putObject("topics"));
    }

    @Test
    void unknownEnumValuesNameTheFieldAndTheChoices() {
        Reply kind = expectField("kind", item -> item.put("kind", "spam"));
        assertThat(kind.detail(), containsString("value, ask"));
        expectField("status", item -> item.put("status", "deleted"));
        expectField("platforms[0]", item -> item.putArray("platforms").add("myspace"));
        expectField("captions[0].platform", item -> item.putArray("captions")
                .add(ContentJson.caption("Hi", "facebook", "en")));
    }

    @Test
    void missingFieldsAreNamed() {
        expectField("title", item -> item.remove("title"));
        expectField("canonicalUrl", item -> item.remove("canonicalUrl"));
        expectField("captions[2].language", item -> item.withArray("captions").addObject()
                .put("text", "Hello").put("platform", "x"));
        expectField("captions[0].text", item -> ((ObjectNode) item.withArray("captions").get(0)).remove("text"));
        expectField("topics[0]", item -> item.putArray("topics").addNull());
    }

    @Test
    void tooLongStringsAndListsAreNamed() {
        Reply title = expectField("title", item -> item.put("title", "t".repeat(201)));
        assertThat(title.detail(), containsString("at most 200"));
        expectField("summary", item -> item.put("summary", "s".repeat(1001)));
        expectField("captions[0].text", item -> item.putArray("captions")
                .add(ContentJson.caption("c".repeat(3001), "linkedin", "en")));
        expectField("topics[0]", item -> item.putArray("topics").add("t".repeat(51)));
        expectField("canonicalUrl", item -> item.put("canonicalUrl", "https://example.com/" + "p".repeat(2048)));
        expectField("hashtags", item -> {
            var tags = item.putArray("hashtags");
            for (int i = 0; i < 21; i++) {
                tags.add("tag" + i);
            }
        });
    }

    @Test
    void badUrlsAreRefused() {
        Map<String, String> urls = new LinkedHashMap<>();
        urls.put("javascript:alert(document.cookie)", "javascript");
        urls.put("JavaScript:alert(1)", "javascript");
        urls.put("data:text/html;base64,PHNjcmlwdD4=", "data");
        urls.put("https://admin:hunter2@example.com/", "user-info");
        urls.put("https://example.com@evil.example/", "user-info");
        urls.put("https://example.com/\u0000", "control");
        urls.put("https://exa\tmple.com/", "control");
        urls.put("https://example.com/a b", "spaces");
        urls.put("/just/a/path", "absolute");
        urls.put("ftp://example.com/file", "not ftp");
        urls.put("https://", "host");
        urls.put("http://0x7f.1/", "valid host");
        urls.put("http://3232235521/", "dotted-quad");
        urls.put("https://example.com:99999/", "port");
        urls.forEach((url, reason) -> {
            Reply reply = expectField("canonicalUrl", item -> item.put("canonicalUrl", url));
            assertThat(url, reply.detail(), containsString(reason));
        });
        expectField("imageUrl", item -> item.put("imageUrl", "javascript:void(0)"));
    }

    @Test
    void instantsOutsideTheYears2000To2099OrAsBareNumbersNameTheirField() {
        for (String instant : new String[] {"+1000000000-01-01T00:00:00Z", "-1000000000-01-01T00:00:00Z",
                "+999999999-12-31T23:59:59Z", "1999-12-31T23:59:59.999Z", "1970-01-01T00:00:00Z",
                "2100-01-01T00:00:00Z", "9999-12-31T23:59:59Z"}) {
            Reply reply = expectField("publishAt", item -> item.put("publishAt", instant));
            assertThat(instant, reply.detail(), containsString("from 2000-01-01T00:00:00Z and before "
                                                                + "2100-01-01T00:00:00Z"));
            expectField("expiresAt", item -> item.put("expiresAt", instant));
        }
        expectField("publishAt", item -> item.put("publishAt", 1767225600));
        expectField("expiresAt", item -> item.put("expiresAt", 1767225600000L));
        expectField("expiresAt", item -> item.put("expiresAt", 1.7e9));
    }

    @Test
    void instantsAreKeptToTheMillisecondTheyAreStoredWith() {
        // 100 µs apart: the same stored millisecond, so expiresAt is not after publishAt once stored.
        expectField("expiresAt", item -> item.put("publishAt", "2026-05-01T00:00:00.0001Z")
                .put("expiresAt", "2026-05-01T00:00:00.0002Z"));
        Reply created = calls.post("/api/v1/content", admin, ContentJson.published("Precise")
                .put("publishAt", "2000-01-01T00:00:00.123456789Z").toString());
        assertThat(created.status(), is(201));
        assertThat(created.text("publishAt"), is("2000-01-01T00:00:00.123Z"));
    }

    @Test
    void bodiesPastJacksonsLimitsOrWithOddContentTypesAre4xxProblems() {
        String deep = "{\"unknown\": " + "[".repeat(1001) + "]".repeat(1001) + "}";
        String longNumber = "{\"featured\": 1" + "0".repeat(1000) + "}";
        for (String body : new String[] {deep, longNumber}) {
            Reply reply = calls.post("/api/v1/content", admin, body);
            assertThat(reply.status(), is(400));
            assertThat(reply.detail(), containsString("1000"));
        }
        // Content types Helidon's own client refuses to send, so they go over a plain socket.
        try (RawHttp http = new RawHttp(port, Duration.ofSeconds(10))) {
            for (String type : new String[] {"application/json;x", "a/b/c;;;=", ";", ""}) {
                RawHttp.Response reply = http.exchange(RawHttp.request(
                        "POST", "/api/v1/content", Map.of("Authorization", admin.authorization(), "Content-Type", type),
                        ContentJson.published("Typed").toString().getBytes(StandardCharsets.UTF_8)), false);
                assertThat(type, reply.status(), is(415));
                assertThat(type, reply.header("Content-Type").orElseThrow(),
                           containsString("application/problem+json"));
            }
        }
    }

    @Test
    void portZeroAndLocalOrPrivateHostsAreRefusedWithoutConnectingToThem() throws IOException {
        try (ServerSocket listening = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            int listeningPort = listening.getLocalPort();
            String[] urls = {"http://127.0.0.1:" + listeningPort + "/", "http://localhost:" + listeningPort + "/news",
                    "http://app.localhost:" + listeningPort + "/", "http://[::1]:" + listeningPort + "/",
                    "http://0.0.0.0/",
                    "http://169.254.169.254/latest/meta-data/", "http://10.1.2.3/", "http://192.168.0.1/",
                    "http://172.16.5.4/", "http://[fd00::1]/", "http://[fe80::1]/", "http://[::ffff:127.0.0.1]/",
                    "https://example.com:0/news"};
            for (String url : urls) {
                expectField("canonicalUrl", item -> item.put("canonicalUrl", url));
                expectField("imageUrl", item -> item.put("imageUrl", url));
            }
            // Nothing was fetched, or even connected to, to decide.
            listening.setSoTimeout(200);
            assertThrows(SocketTimeoutException.class, listening::accept);
        }
        Reply publicHost = calls.post("/api/v1/content", admin, ContentJson.published("Public host")
                .put("canonicalUrl", "https://10.example.com/localhost").toString());
        assertThat(publicHost.status(), is(201));
    }

    @Test
    void localUrlsAreAcceptedWhenConfiguredForTests() throws IOException {
        try (Herald local = TestHerald.start(Map.of("herald.content.allow-local-urls", "true"))) {
            TestUsers.Session localAdmin = new TestUsers(local).admin();
            ContentRequest request = Json.MAPPER.readValue(ContentJson.published("Served on loopback")
                    .put("canonicalUrl", "http://127.0.0.1:8080/page").toString(), ContentRequest.class);
            ContentItem item = local.content().library().create(request, new CurrentUser(localAdmin.userId(),
                    localAdmin.email(), "Admin", Role.ADMIN, Optional.empty()));
            assertThat(item.canonicalUrl(), is("http://127.0.0.1:8080/page"));
        }
    }

    @Test
    void otherRulesNameTheirField() {
        expectField("captions[0].language", item -> item.putArray("captions")
                .add(ContentJson.caption("Hi", "any", "en_US")));
        expectField("hashtags[0]", item -> item.putArray("hashtags").add("#two words"));
        expectField("title", item -> item.put("title", "Bell\u0007"));
        expectField("expiresAt", item -> item.put("publishAt", "2026-05-01T00:00:00Z")
                .put("expiresAt", "2026-04-30T00:00:00Z"));
        Reply team = expectField("targetTeams[0]", item -> item.putArray("targetTeams").add("no-such-team"));
        assertThat(team.detail(), containsString("no-such-team"));
    }

    @Test
    void updatesAreValidatedTheSameWay() {
        Reply created = calls.post("/api/v1/content", admin, ContentJson.published("Valid item").toString());
        String path = "/api/v1/content/" + created.body().get("id").asText();
        Reply reply = calls.put(path, admin, ContentJson.published("Valid item").put("canonicalUrl", "data:,x")
                .toString(), HeaderValues.create(IF_MATCH, created.header(ETAG).orElseThrow()));
        assertThat(reply.status(), is(400));
        assertThat(reply.field(), is("canonicalUrl"));
        assertThat(calls.get(path, admin).body().get("version").asLong(), is(1L));
    }

    @Test
    void bodyOverTheLimitIs413() {
        int limit = HERALD.jsonBodies().maxBytes();
        String body = ContentJson.published("Big").put("summary", "x".repeat(limit)).toString();
        assertThat(calls.post("/api/v1/content", admin, body).status(), is(413));
    }

    @Test
    void nonJsonBodyIs415() {
        Reply reply = calls.send(Method.POST, "/api/v1/content", admin, Optional.empty(),
                                 HeaderValues.create(CONTENT_TYPE, "text/plain"));
        assertThat(reply.status(), is(415));
    }

    @Test
    void oddBodiesAre400sNot500s() {
        String[] bodies = {"", "null", "[]", "42", "\"text\"", "{}", "{\"title\": null}",
                "{\"title\": {}, \"canonicalUrl\": []}", "{\"captions\": [1, 2]}", "{\"publishAt\": 1e400}",
                "{\"featured\": null, \"title\": \"x\", \"canonicalUrl\": \"https://e.com\", \"captions\": [null]}",
                "[".repeat(5000), "{\"title\": \"x\"} trailing"};
        long stored = calls.get("/api/v1/content", admin).body().get("total").asLong();
        for (String body : bodies) {
            Reply reply = calls.post("/api/v1/content", admin, body);
            assertThat(body.length() > 60 ? body.substring(0, 60) : body, reply.status(), is(400));
        }
        assertThat(calls.get("/api/v1/content", admin).body().get("total").asLong(), is(stored));
    }

    private Reply expectField(String field, Consumer<ObjectNode> change) {
        ObjectNode item = ContentJson.published("Validation");
        change.accept(item);
        Reply reply = calls.post("/api/v1/content", admin, item.toString());
        assertThat(item.toString(), reply.status(), is(400));
        assertThat(reply.detail(), reply.field(), is(field));
        assertThat(reply.detail(), containsString("'" + field + "'"));
        return reply;
    }
}
