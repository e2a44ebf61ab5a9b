package io.herald.api.attribution.links;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.herald.api.Herald;
import io.herald.api.TestCalls.Reply;
import io.herald.api.TestCalls;
import io.herald.api.TestHerald;
import io.herald.api.TestServer;
import io.herald.api.TestUsers;
import io.herald.api.attribution.TestContent;
import io.herald.api.db.Rows;
import io.helidon.http.HeaderNames;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static io.herald.api.TestCalls.Caller.ANONYMOUS;
import static io.herald.api.attribution.TestLinks.link;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

@ServerTest
class LinkServiceTest {
    private static final Herald HERALD = TestHerald.start(Map.of("herald.public-url", "https://go.example.com/"),
                                                          Clock.systemUTC());
    private static final TestContent CONTENT = new TestContent(HERALD);
    private static final TestUsers USERS = new TestUsers(HERALD);

    private final TestCalls api;

    LinkServiceTest(Http1Client client) {
        this.api = new TestCalls(client);
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
    void anEmployeeGetsOnePersonalLinkPerContentAndPlatform() {
        String content = CONTENT.published("launch", "https://example.com/launch");
        TestUsers.Session ann = USERS.employee();

        Reply first = api.post("/api/v1/links", ann, Map.of("contentId", content, "platform", "linkedin"));
        assertThat(first.status(), is(201));
        String code = first.text("code");
        assertThat(code.matches("[0-9A-Za-z]{10}"), is(true));
        assertThat(first.text("url"), is("https://go.example.com/r/" + code));
        assertThat(first.header(HeaderNames.LOCATION).orElseThrow(), is("/api/v1/links/" + code));

        Reply again = api.post("/api/v1/links", ann, Map.of("contentId", content, "platform", "linkedin"));
        assertThat(again.status(), is(200));
        assertThat(again.text("code"), is(code));

        assertThat(link(api, ann, content, "x"), not(code));
        assertThat(link(api, USERS.employee(), content, "linkedin"), not(code));
        assertThat(api.get("/api/v1/links/" + code, ann).text("contentId"), is(content));
        assertThat(api.get("/api/v1/links/" + code, USERS.employee()).status(), is(404));
    }

    @Test
    void concurrentAsksAllGetTheSameLink() throws Exception {
        String content = CONTENT.published("race", "https://example.com/race");
        TestUsers.Session ann = USERS.employee();
        Callable<String> ask = () -> link(api, ann, content, "x");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> codes = pool.invokeAll(java.util.Collections.nCopies(8, ask));
            String code = codes.getFirst().get();
            for (Future<String> each : codes) {
                assertThat(each.get(), is(code));
            }
        } finally {
            pool.shutdownNow();
        }
        long rows = HERALD.database().client().execute()
                .get("SELECT COUNT(*) AS n FROM links WHERE user_id = ? AND content_id = ?", ann.userId(), content)
                .map(row -> Rows.number(row, "n")).orElseThrow();
        assertThat(rows, is(1L));
    }

    @Test
    void onlyPublishedUnexpiredContentGetsNewLinks() {
        TestUsers.Session ann = USERS.employee();
        assertThat(api.post("/api/v1/links", ann, Map.of("contentId", "no-such-content", "platform", "x")).status(),
                   is(404));
        String draft = CONTENT.withStatus("draft", "https://example.com/d", "draft");
        assertThat(api.post("/api/v1/links", ann, Map.of("contentId", draft, "platform", "x")).status(), is(404));
        String expired = CONTENT.expired("old", "https://example.com/old");
        assertThat(api.post("/api/v1/links", ann, Map.of("contentId", expired, "platform", "x")).status(), is(404));

        String archivedLater = CONTENT.published("later", "https://example.com/later");
        String code = link(api, ann, archivedLater, "x");
        CONTENT.archive(archivedLater);
        Reply again = api.post("/api/v1/links", ann, Map.of("contentId", archivedLater, "platform", "x"));
        assertThat("a link made before archiving is still the employee's", again.status(), is(200));
        assertThat(again.text("code"), is(code));
    }

    @Test
    void badRequestsNameTheField() {
        TestUsers.Session ann = USERS.employee();
        Reply noPlatform = api.post("/api/v1/links", ann, Map.of("contentId", "c"));
        assertThat(noPlatform.status(), is(400));
        assertThat(noPlatform.text("field"), is("platform"));
        Reply wrongPlatform = api.post("/api/v1/links", ann, Map.of("contentId", "c", "platform", "facebook"));
        assertThat(wrongPlatform.status(), is(400));
        assertThat(wrongPlatform.text("field"), is("platform"));
        Reply noContent = api.post("/api/v1/links", ann, Map.of("platform", "x"));
        assertThat(noContent.text("field"), is("contentId"));
    }

    @Test
    void signingInIsRequired() {
        assertThat(api.post("/api/v1/links", ANONYMOUS, Map.of("contentId", "c", "platform", "x")).status(), is(401));
    }
}
