package io.herald.api.auth;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import io.herald.api.Herald;
import io.herald.api.TestCalls.Reply;
import io.herald.api.TestCalls;
import io.herald.api.TestHerald;
import io.herald.api.TestServer;
import io.herald.api.TestUsers;
import io.helidon.http.Method;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static io.helidon.http.HeaderNames.WWW_AUTHENTICATE;
import static io.herald.api.TestCalls.Caller.ANONYMOUS;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

/**
 * Every admin endpoint of people and sign-in, called by an employee (403) and by nobody (401), with real ids and valid
 * bodies so that the role is the only thing wrong. Nothing may change as a side effect.
 */
@ServerTest
class AdminEndpointsTest {
    private static final Herald HERALD = TestHerald.start();

    private final TestCalls calls;
    private final TestUsers users = new TestUsers(HERALD);

    AdminEndpointsTest(Http1Client client) {
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

    private record Call(Method method, String path, Optional<Object> body) {
        @Override
        public String toString() {
            return method.text() + " " + path;
        }
    }

    private List<Call> adminCalls() {
        TestUsers.Session admin = users.admin();
        String team = users.team("Guarded-" + System.nanoTime());
        TestUsers.Session someone = users.employee();
        String invite = calls.post("/api/v1/invites", admin, Map.of("email", "guarded-" + System.nanoTime()
                                                                             + "@example.com",
                                                                     "role", "employee")).text("id");
        return Stream.of(
                new Call(Method.GET, "/api/v1/invites", Optional.empty()),
                new Call(Method.POST, "/api/v1/invites",
                         Optional.of(Map.of("email", "someone@example.com", "role", "admin"))),
                new Call(Method.GET, "/api/v1/invites/" + invite, Optional.empty()),
                new Call(Method.DELETE, "/api/v1/invites/" + invite, Optional.empty()),
                new Call(Method.GET, "/api/v1/users", Optional.empty()),
                new Call(Method.GET, "/api/v1/users/" + someone.userId(), Optional.empty()),
                new Call(Method.PATCH, "/api/v1/users/" + someone.userId(), Optional.of(Map.of("role", "admin"))),
                new Call(Method.GET, "/api/v1/teams", Optional.empty()),
                new Call(Method.POST, "/api/v1/teams", Optional.of(Map.of("name", "Intruders"))),
                new Call(Method.GET, "/api/v1/teams/" + team, Optional.empty()),
                new Call(Method.PUT, "/api/v1/teams/" + team, Optional.of(Map.of("name", "Renamed"))),
                new Call(Method.DELETE, "/api/v1/teams/" + team, Optional.empty())).toList();
    }

    @Test
    void employeesGet403() {
        TestUsers.Session employee = users.employee();
        List<Call> adminCalls = adminCalls();
        Snapshot before = snapshot();
        for (Call call : adminCalls) {
            Reply reply = calls.send(call.method(), call.path(), employee, call.body());
            assertThat(call.toString(), reply.status(), is(403));
        }
        assertThat(snapshot(), is(before));
    }

    @Test
    void anonymousCallersGet401() {
        List<Call> adminCalls = adminCalls();
        Snapshot before = snapshot();
        for (Call call : adminCalls) {
            Reply reply = calls.send(call.method(), call.path(), ANONYMOUS, call.body());
            assertThat(call.toString(), reply.status(), is(401));
            assertThat(call.toString(), reply.header(WWW_AUTHENTICATE), is(Optional.of("Bearer")));
        }
        assertThat(snapshot(), is(before));
    }

    @Test
    void signedInEndpointsNeedOnlyASignIn() {
        assertThat(calls.get("/api/v1/me", ANONYMOUS).status(), is(401));
        assertThat(calls.get("/api/v1/me", users.employee()).status(), is(200));
    }

    @Test
    void adminsGetThrough() {
        TestUsers.Session admin = users.admin();
        for (Call call : adminCalls()) {
            Reply reply = calls.send(call.method(), call.path(), admin, call.body());
            assertThat(call.toString(), reply.status() / 100, is(2));
        }
    }

    /** What the calls above would change if they got through. */
    private record Snapshot(String users, String teams, String invites) {
    }

    private Snapshot snapshot() {
        return new Snapshot(table("SELECT id, role, status, team_id FROM users ORDER BY id"),
                            table("SELECT id, name FROM teams ORDER BY id"),
                            table("SELECT id, revoked_at FROM invites ORDER BY id"));
    }

    private static String table(String sql) {
        try (var rows = HERALD.database().client().execute().query(sql)) {
            return rows.map(row -> {
                StringBuilder text = new StringBuilder();
                row.forEach(column -> text.append(column.name()).append('=').append(column.get(Object.class))
                        .append(' '));
                return text.toString();
            }).toList().toString();
        }
    }
}
