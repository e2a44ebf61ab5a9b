package io.herald.api;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.herald.api.TestCalls.Reply;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webserver.WebServer;
import org.junit.jupiter.api.Test;

import static io.helidon.http.HeaderNames.ETAG;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

/**
 * The embedded database keeps everything across restarts: two Heralds, one after the other, on the same data
 * directory and the default database (no {@code db.connection.url}), each behind its own server.
 */
class RestartTest {
    @Test
    void contentAndGuidelinesSurviveARestart() {
        Path dataDir = TestHerald.tempDir();
        Map<String, String> config = Map.of("herald.data-dir", dataDir.toString());
        TestUsers.Session admin;
        JsonNode created;

        try (Running first = new Running(config)) {
            admin = new TestUsers(first.herald).admin();
            Reply reply = first.calls.post("/api/v1/content", admin, """
                    {"title": "Kept across restarts", "canonicalUrl": "https://example.com/kept",
                     "status": "published", "captions": [{"text": "Still here", "platform": "any", "language": "en"}]}
                    """);
            assertThat(reply.bodyText(), reply.status(), is(201));
            created = reply.body();
            assertThat(first.calls.put("/api/v1/guidelines", admin, "{\"rules\": []}").status(), is(200));
        }
        assertThat(Files.exists(dataDir.resolve("herald.mv.db")), is(true));

        try (Running second = new Running(config)) {
            Reply read = second.calls.get("/api/v1/content/" + created.get("id").asText(), admin);
            assertThat(read.status(), is(200));
            assertThat(read.body(), is(created));
            Reply guidelines = second.calls.get("/api/v1/guidelines", admin);
            assertThat(guidelines.header(ETAG).orElseThrow(), is("\"2\""));
            assertThat(guidelines.body().get("rules").size(), is(0));
        }
    }

    /** Herald and a server on a free port, stopped together. */
    private static final class Running implements AutoCloseable {
        private final Herald herald;
        private final WebServer server;
        private final TestCalls calls;

        Running(Map<String, String> config) {
            herald = Herald.start(HeraldConfig.load(config));
            server = WebServer.builder()
                    .host("127.0.0.1")
                    .port(0)
                    .update(builder -> TestServer.setUp(builder, herald))
                    .build()
                    .start();
            calls = new TestCalls(Http1Client.builder().baseUri("http://127.0.0.1:" + server.port()).build());
        }

        @Override
        public void close() {
            server.stop();
            herald.close();
        }
    }
}
