package io.herald.api.attribution.shares;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import io.herald.api.Herald;
import io.herald.api.TestCalls;
import io.herald.api.TestHerald;
import io.herald.api.TestServer;
import io.herald.api.TestUsers;
import io.herald.api.attribution.TestContent;
import io.herald.api.db.Rows;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static io.herald.api.attribution.TestLinks.link;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

/** With {@code herald.shares.store-text=true} the post text is kept. */
@ServerTest
class ShareTextTest {
    private static final Herald HERALD = TestHerald.start(Map.of("herald.shares.store-text", "true"),
                                                          Clock.systemUTC());
    private static final TestContent CONTENT = new TestContent(HERALD);

    private final TestCalls api;

    ShareTextTest(Http1Client client) {
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
    void theTextIsStoredWhenTheDeploymentAsksForIt() {
        TestUsers.Session ann = new TestUsers(HERALD).employee();
        String code = link(api, ann, CONTENT.published("t", "https://example.com/t"), "x");
        String id = UUID.randomUUID().toString();
        assertThat(api.post("/api/v1/shares", ann, ShareServiceTest.share(id, code, "x")).status(), is(201));
        String text = HERALD.database().client().execute().get("SELECT post_text FROM shares WHERE id = ?", id)
                .map(row -> Rows.string(row, "post_text")).orElseThrow();
        assertThat(text, is("So proud of our launch!"));
    }
}
