package io.herald.api.content;

import java.util.List;
import java.util.Optional;

import io.herald.api.Herald;
import io.herald.api.TestCalls;
import io.herald.api.TestCalls.Reply;
import io.herald.api.TestHerald;
import io.herald.api.TestServer;
import io.herald.api.TestUsers;
import io.helidon.http.HeaderValues;
import io.helidon.http.Method;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static io.helidon.http.HeaderNames.CONTENT_TYPE;
import static io.helidon.http.HeaderNames.ETAG;
import static io.helidon.http.HeaderNames.IF_MATCH;
import static io.herald.api.TestCalls.Caller.ANONYMOUS;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

/**
 * Every admin endpoint of the library and the guidelines store refuses employees (403) and anonymous callers (401);
 * the endpoints for every signed-in user refuse anonymous callers. Refused calls change nothing.
 */
@ServerTest
class ContentAccessTest {
    private static final Herald HERALD = TestHerald.start();
    private static final TestUsers USERS = new TestUsers(HERALD);

    private final TestCalls calls;
    private final TestUsers.Session admin = USERS.admin();
    private final TestUsers.Session employee = USERS.employee();

    ContentAccessTest(Http1Client client) {
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

    private record Call(Method method, String path, Optional<String> body) {
        @Override
        public String toString() {
            return method.text() + " " + path;
        }
    }

    private List<Call> adminCalls(String id) {
        String item = ContentJson.published("Access check").toString();
        return List.of(
                new Call(Method.GET, "/api/v1/content", Optional.empty()),
                new Call(Method.GET, "/api/v1/content?status=draft&page=0", Optional.empty()),
                new Call(Method.POST, "/api/v1/content", Optional.of(item)),
                new Call(Method.GET, "/api/v1/content/" + id, Optional.empty()),
                new Call(Method.PUT, "/api/v1/content/" + id, Optional.of(item)),
                new Call(Method.POST, "/api/v1/content/" + id + "/archive", Optional.empty()),
                new Call(Method.PUT, "/api/v1/guidelines", Optional.of("{\"rules\": []}")),
                new Call(Method.GET, "/api/v1/guidelines/history", Optional.empty()));
    }

    @Test
    void employeesGet403OnEveryAdminEndpoint() {
        String id = existingItem();
        for (Call call : adminCalls(id)) {
            Reply reply = calls.send(call.method(), call.path(), employee, call.body(),
                                     HeaderValues.create(IF_MATCH, "\"1\""));
            assertThat(call.toString(), reply.status(), is(403));
            assertThat(call.toString(), reply.header(CONTENT_TYPE).orElseThrow(),
                       containsString("application/problem+json"));
        }
        assertUnchanged(id);
    }

    @Test
    void anonymousCallersGet401OnEveryEndpoint() {
        String id = existingItem();
        List<Call> everyone = List.of(new Call(Method.GET, "/api/v1/feed", Optional.empty()),
                                      new Call(Method.GET, "/api/v1/guidelines", Optional.empty()));
        for (List<Call> group : List.of(adminCalls(id), everyone)) {
            for (Call call : group) {
                Reply reply = calls.send(call.method(), call.path(), ANONYMOUS, call.body(),
                                         HeaderValues.create(IF_MATCH, "\"1\""));
                assertThat(call.toString(), reply.status(), is(401));
            }
        }
        assertUnchanged(id);
    }

    private String existingItem() {
        return calls.post("/api/v1/content", admin, ContentJson.published("Existing").toString()).body()
                .get("id").asText();
    }

    private void assertUnchanged(String id) {
        Reply item = calls.get("/api/v1/content/" + id, admin);
        assertThat(item.body().get("version").asLong(), is(1L));
        assertThat(item.body().get("status").asText(), is("published"));
        assertThat(calls.get("/api/v1/content?q=Access+check", admin).body().get("total").asLong(), is(0L));
        assertThat(calls.get("/api/v1/guidelines", admin).header(ETAG).orElseThrow(), is("\"1\""));
    }
}
