package io.herald.api.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import io.herald.api.Herald;
import io.herald.api.OpenApiDocument;
import io.herald.api.RawHttp;
import io.herald.api.TestHerald;
import io.herald.api.TestServer;
import io.herald.api.TestUsers;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

/**
 * Every error is an {@code application/problem+json} body, including what Helidon refuses before any route runs;
 * its {@code instance} is the path the client asked for; a wrong method on a known path is a 405 with {@code Allow};
 * a problem answering {@code HEAD} has no body. Every answer, error or not, says {@code X-Content-Type-Options:
 * nosniff}.
 */
@ServerTest
class ErrorShapeTest {
    private static final Herald HERALD = TestHerald.start();
    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");

    private final RawHttp http;

    ErrorShapeTest(WebServer server) {
        this.http = new RawHttp(server.port(), Duration.ofSeconds(10));
    }

    @SetUpServer
    static void server(WebServerConfig.Builder server) {
        TestServer.setUp(server, HERALD);
    }

    @AfterEach
    void disconnect() {
        http.close();
    }

    @AfterAll
    static void close() {
        HERALD.close();
    }

    @Test
    void helidonsOwnRefusalsAreProblems() {
        Map<String, Integer> requests = new LinkedHashMap<>();
        requests.put("GET /api/v1/" + "a".repeat(5000) + " HTTP/1.1\r\nHost: x\r\n\r\n", 414);
        requests.put("GET /api/v1/%zz HTTP/1.1\r\nHost: x\r\n\r\n", 400);
        requests.put("GET /api/v1/feed?page=%zz HTTP/1.1\r\nHost: x\r\n\r\n", 400);
        requests.put("GET /api/v1/\u0001 HTTP/1.1\r\nHost: x\r\n\r\n", 400);
        requests.put("GET /api/v1/feed?q=\u00ff HTTP/1.1\r\nHost: x\r\n\r\n", 400);
        requests.put("GET /api/v1/me HTTP/1.1\r\nHost: x\r\nX-Big: " + "b".repeat(20_000) + "\r\n\r\n", 400);
        requests.put("GET /api/v1/me HTTP/1.1\r\nHost: x\r\nNo colon here\r\n\r\n", 400);
        requests.put("BREW /api/v1/me HTTP/1.1\r\nHost: x\r\n\r\n", 405);
        requests.put("GET /api/v1/me HTTP/1.1\r\n\r\n", 400);
        requests.forEach((request, status) -> {
            RawHttp.Response response = http.exchange(request.getBytes(StandardCharsets.ISO_8859_1), false);
            String what = request.length() > 60 ? request.substring(0, 60) : request;
            assertThat(what, response.status(), is(status));
            assertProblem(what, response);
        });
    }

    @Test
    void everyAnswerSaysNosniff() {
        String token = new TestUsers(HERALD).employee().authorization();
        Map<String, Integer> paths = Map.of("/api/v1/me", 200, "/api/v1/guidelines", 200, "/openapi", 200,
                                            "/observe/health", 200, "/snippet/herald.js", 200, "/r/Unknown123", 404);
        paths.forEach((path, status) -> {
            RawHttp.Response response = http.exchange(RawHttp.request("GET", path, Map.of("Authorization", token),
                                                                      new byte[0]), false);
            assertThat(path, response.status(), is(status));
            assertThat(path, response.header("X-Content-Type-Options").orElse(""), is("nosniff"));
        });
    }

    @Test
    void theInstanceIsThePathAsAsked() {
        RawHttp.Response response = http.exchange(RawHttp.request(
                "POST", "/api/v1/auth/redeem", Map.of("Content-Type", "application/json"),
                "{}".getBytes(StandardCharsets.UTF_8)), false);
        assertThat(response.status(), is(400));
        assertThat(response.json().path("instance").asText(), is("/api/v1/auth/redeem"));
        RawHttp.Response unknown = http.exchange(RawHttp.request("GET", "/api/v1/me/nothing%20here", Map.of(),
                                                                 new byte[0]), false);
        assertThat(unknown.json().path("instance").asText(), is("/api/v1/me/nothing%20here"));
    }

    @Test
    void aProblemAnsweringHeadHasNoBody() {
        RawHttp.Response head = http.exchange(RawHttp.request("HEAD", "/r/Unknown123", Map.of(), new byte[0]), true);
        assertThat(head.status(), is(404));
        assertThat(head.header("Content-Type").orElseThrow(), startsWith(Problem.MEDIA_TYPE));
        assertThat(head.header("Content-Length").orElse("0"), is("0"));
        // Nothing of a body is left on the connection to be taken for the next response.
        RawHttp.Response next = http.exchange(RawHttp.request("GET", "/r/Unknown123", Map.of(), new byte[0]), false);
        assertThat(next.status(), is(404));
        assertProblem("GET after HEAD", next);
    }

    /** For every path of the OpenAPI document, every other method is a 405 naming exactly the documented ones. */
    @Test
    void wrongMethodsAre405WithAllowListingTheDocumentedOnes() {
        for (Map.Entry<String, Object> path : OpenApiDocument.paths(OpenApiDocument.load()).entrySet()) {
            Set<String> documented = new TreeSet<>();
            for (String key : OpenApiDocument.map(path.getValue()).keySet()) {
                if (!key.equals("parameters")) {
                    documented.add(key.toUpperCase(Locale.ROOT));
                }
            }
            String target = path.getKey().replaceAll("\\{[^}]+}", "x");
            for (String method : METHODS) {
                if (documented.contains(method)) {
                    continue;
                }
                RawHttp.Response response = http.exchange(RawHttp.request(method, target, Map.of(), new byte[0]),
                                                           false);
                String what = method + " " + target;
                assertThat(what, response.status(), is(405));
                assertThat(what, response.header("Allow").orElse(""), is(String.join(", ", documented)));
                assertProblem(what, response);
            }
        }
    }

    private static void assertProblem(String what, RawHttp.Response response) {
        assertThat(what, response.header("Content-Type").orElse(""), startsWith(Problem.MEDIA_TYPE));
        assertThat(what, response.header("X-Content-Type-Options").orElse(""), is("nosniff"));
        JsonNode body = response.json();
        assertThat(what + ": " + response, body.path("status").asInt(), is(response.status()));
        assertThat(what, body.path("detail").asText(), containsString(" "));
    }
}
