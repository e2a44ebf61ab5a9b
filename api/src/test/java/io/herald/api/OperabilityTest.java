package io.herald.api;

import io.helidon.http.Status;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webclient.http1.Http1ClientResponse;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

@ServerTest
class OperabilityTest {
    private static final Herald HERALD = TestHerald.start();

    private final Http1Client client;

    OperabilityTest(Http1Client client) {
        this.client = client;
    }

    @SetUpServer
    static void server(WebServerConfig.Builder server) {
        Main.setUp(server, HERALD);
    }

    @AfterAll
    static void close() {
        HERALD.close();
    }

    @Test
    void healthIncludesTheDatabase() {
        try (Http1ClientResponse res = client.get("/observe/health").request()) {
            assertThat(res.status(), is(Status.OK_200));
            String body = res.as(String.class);
            assertThat(body, containsString("\"status\":\"UP\""));
            assertThat(body, containsString("jdbc"));
        }
    }

    @Test
    void metricsArePrometheusText() {
        try (Http1ClientResponse res = client.get("/observe/metrics").header(io.helidon.http.HeaderNames.ACCEPT,
                                                                              "text/plain").request()) {
            assertThat(res.status(), is(Status.OK_200));
            assertThat(res.as(String.class), containsString("# TYPE"));
        }
    }

    @Test
    void openApiDocumentIsServed() {
        try (Http1ClientResponse res = client.get("/openapi").header(io.helidon.http.HeaderNames.ACCEPT,
                                                                      "application/yaml").request()) {
            assertThat(res.status(), is(Status.OK_200));
            assertThat(res.as(String.class), containsString("Herald API"));
        }
    }

    @Test
    void unknownPathIsAProblem() {
        try (Http1ClientResponse res = client.get("/api/v1/nothing-here").request()) {
            assertThat(res.status(), is(Status.NOT_FOUND_404));
            assertThat(res.headers().contentType().orElseThrow().text(), containsString("application/problem+json"));
            assertThat(res.as(String.class), containsString("\"status\":404"));
        }
    }
}
