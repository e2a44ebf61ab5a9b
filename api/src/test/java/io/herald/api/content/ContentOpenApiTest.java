package io.herald.api.content;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.herald.api.Herald;
import io.herald.api.TestHerald;
import io.herald.api.TestServer;
import io.herald.api.web.Json;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webclient.http1.Http1ClientResponse;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

/** The OpenAPI document describes every content and guidelines operation (served as JSON, so it parses). */
@ServerTest
class ContentOpenApiTest {
    private static final Herald HERALD = TestHerald.start();

    private final Http1Client client;

    ContentOpenApiTest(Http1Client client) {
        this.client = client;
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
    void everyOperationIsDocumented() throws Exception {
        JsonNode paths;
        try (Http1ClientResponse res = client.get("/openapi")
                .header(HeaderNames.ACCEPT, "application/json")
                .request()) {
            assertThat(res.status(), is(Status.OK_200));
            paths = Json.MAPPER.readTree(res.as(String.class)).get("paths");
        }
        List<String[]> operations = List.of(
                new String[] {"/api/v1/content", "get"}, new String[] {"/api/v1/content", "post"},
                new String[] {"/api/v1/content/{id}", "get"}, new String[] {"/api/v1/content/{id}", "put"},
                new String[] {"/api/v1/content/{id}/archive", "post"}, new String[] {"/api/v1/feed", "get"},
                new String[] {"/api/v1/guidelines", "get"}, new String[] {"/api/v1/guidelines", "put"},
                new String[] {"/api/v1/guidelines/history", "get"});
        for (String[] operation : operations) {
            assertThat(operation[0] + " " + operation[1], paths.path(operation[0]).has(operation[1]), is(true));
        }
    }
}
