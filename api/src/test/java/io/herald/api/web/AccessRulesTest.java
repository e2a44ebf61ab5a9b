package io.herald.api.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import io.herald.api.Herald;
import io.herald.api.Main;
import io.herald.api.TestCalls;
import io.herald.api.TestCalls.Reply;
import io.herald.api.TestHerald;
import io.herald.api.TestServer;
import io.herald.api.TestUsers;
import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.http.Status;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webclient.http1.Http1ClientResponse;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static io.herald.api.TestCalls.Caller.ANONYMOUS;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.anyOf;

/**
 * Who may call what, walked from the OpenAPI document the API serves: every route registered is in it with the access
 * it declared (and every operation in it is a route); without a token every operation that needs one is a 401, and
 * the site-key one too; an employee gets a 403 from every admin operation, and nothing changes; an admin is let
 * through. An operation is public without {@code security}, for a site key with {@code siteSecret}, for admins when
 * its 403 is {@code #/components/responses/Forbidden} ("signed in without the admin role"), else for signed-in people.
 * The calls use made-up ids and empty bodies: the access is checked before anything else is read.
 */
@ServerTest
class AccessRulesTest {
    private static final Herald HERALD = TestHerald.start();
    private static final String FORBIDDEN = "#/components/responses/Forbidden";

    private static JsonNode paths;

    private final TestCalls calls;
    private final TestUsers users = new TestUsers(HERALD);

    AccessRulesTest(Http1Client client) {
        this.calls = new TestCalls(client);
    }

    @SetUpServer
    static void server(WebServerConfig.Builder server) {
        TestServer.setUp(server, HERALD);
    }

    @BeforeAll
    static void document(Http1Client client) throws Exception {
        try (Http1ClientResponse res = client.get("/openapi").header(HeaderNames.ACCEPT, "application/json").request()) {
            assertThat(res.status(), is(Status.OK_200));
            paths = Json.MAPPER.readTree(res.as(String.class)).get("paths");
        }
    }

    @AfterAll
    static void close() {
        HERALD.close();
    }

    private record Operation(Method method, String path) {
        /** The path with made-up values for its parameters. */
        String call() {
            return path.replaceAll("\\{[^}]+}", "no-such-id");
        }

        Optional<Object> body() {
            return method == Method.POST || method == Method.PUT || method == Method.PATCH
                    ? Optional.of(Map.of())
                    : Optional.empty();
        }

        @Override
        public String toString() {
            return method.text() + " " + path;
        }
    }

    /** Every operation of the document, with who may call it as the document says. */
    private static Map<String, Access> documented() {
        Map<String, Access> operations = new TreeMap<>();
        paths.properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            if (operation.getKey().equals("parameters")) {
                return;
            }
            Operation op = new Operation(Method.create(operation.getKey().toUpperCase()), path.getKey());
            operations.put(op.toString(), access(operation.getValue()));
        }));
        return operations;
    }

    private static Access access(JsonNode operation) {
        String security = operation.path("security").toString();
        if (security.contains("siteSecret")) {
            return Access.SITE_KEY;
        }
        if (!security.contains("bearer")) {
            return Access.ANYONE;
        }
        return operation.path("responses").path("403").path("$ref").asText().equals(FORBIDDEN)
                ? Access.ADMIN
                : Access.SIGNED_IN;
    }

    private static List<Operation> operations(Access access) {
        List<Operation> operations = new ArrayList<>();
        documented().forEach((operation, declared) -> {
            if (declared == access) {
                String[] parts = operation.split(" ", 2);
                operations.add(new Operation(Method.create(parts[0]), parts[1]));
            }
        });
        return operations;
    }

    @Test
    void everyRouteIsDocumentedWithTheAccessItDeclared() {
        HttpRouting.Builder routing = HttpRouting.builder();
        Routes routes = Main.routing(routing, HERALD);
        routing.build(); // Helidon asks each service for its routes here
        Map<String, Access> registered = new TreeMap<>();
        for (Routes.Declared route : routes.declared()) {
            registered.put(new Operation(route.method(), route.path()).toString(), route.access());
        }
        assertThat(registered, is(documented()));
    }

    @Test
    void withoutATokenEveryOperationThatNeedsOneIs401() {
        List<Operation> protectedOperations = new ArrayList<>(operations(Access.SIGNED_IN));
        protectedOperations.addAll(operations(Access.ADMIN));
        assertThat(protectedOperations.size() > 40, is(true));
        for (Operation operation : protectedOperations) {
            Reply reply = calls.send(operation.method(), operation.call(), ANONYMOUS, operation.body());
            assertThat(operation + " " + reply, reply.status(), is(401));
            assertThat(operation.toString(), reply.header(HeaderNames.WWW_AUTHENTICATE), is(Optional.of("Bearer")));
            assertThat(operation.toString(), reply.header(HeaderNames.CONTENT_TYPE),
                       is(Optional.of("application/problem+json")));
            Reply badToken = calls.send(operation.method(), operation.call(),
                                        TestCalls.Caller.authorization("Bearer not-a-token"), operation.body());
            assertThat(operation + " " + badToken, badToken.status(), is(401));
        }
    }

    @Test
    void withoutASiteKeyConversionsAre401() {
        for (Operation operation : operations(Access.SITE_KEY)) {
            Reply reply = calls.send(operation.method(), operation.call(), ANONYMOUS,
                                     Optional.of(Map.of("eventId", "e-1", "type", "purchase")));
            assertThat(operation + " " + reply, reply.status(), is(401));
        }
    }

    @Test
    void employeesGet403FromEveryAdminOperationAndNothingChanges() {
        TestUsers.Session employee = users.employee();
        Map<String, List<String>> before = snapshot();
        for (Operation operation : operations(Access.ADMIN)) {
            Reply reply = calls.send(operation.method(), operation.call(), employee, operation.body());
            assertThat(operation + " " + reply, reply.status(), is(403));
            assertThat(operation.toString(), reply.header(HeaderNames.CONTENT_TYPE),
                       is(Optional.of("application/problem+json")));
        }
        Map<String, List<String>> after = snapshot();
        before.forEach((table, rows) -> assertThat(table, after.get(table), is(rows)));
    }

    @Test
    void adminsAndEmployeesGetThroughWhereTheyMay() {
        TestUsers.Session admin = users.admin();
        TestUsers.Session employee = users.employee();
        for (Operation operation : operations(Access.ADMIN)) {
            Reply reply = calls.send(operation.method(), operation.call(), admin, operation.body());
            assertThat(operation + " " + reply, reply.status(), not(anyOf(is(401), is(403))));
        }
        for (Operation operation : operations(Access.SIGNED_IN)) {
            if (operation.method() == Method.DELETE) {
                continue; // erasing the employee's data would be let through too, and is tested in MyDataTest
            }
            Reply reply = calls.send(operation.method(), operation.call(), employee, operation.body());
            assertThat(operation + " " + reply, reply.status(), not(anyOf(is(401), is(403))));
        }
    }

    @Test
    void publicOperationsNeverReadAnAccessToken() {
        for (Operation operation : operations(Access.ANYONE)) {
            Reply anonymous = calls.send(operation.method(), operation.call(), ANONYMOUS, operation.body());
            Reply stale = calls.send(operation.method(), operation.call(),
                                     TestCalls.Caller.authorization("Bearer stale"), operation.body());
            assertThat(operation + " " + stale, stale.status(), is(anonymous.status()));
        }
    }

    @Test
    void theDocumentSaysWhatARefusalMeans() {
        paths.properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            Access access = access(operation.getValue());
            if (access.needsSignIn()) {
                assertThat(operation.getKey() + " " + path.getKey(),
                           operation.getValue().path("responses").path("401").path("$ref").asText(),
                           is("#/components/responses/Unauthorized"));
            }
        }));
    }

    /** Every row of every table by table name, so that a call let through by mistake shows (a CLOB by its length). */
    private static Map<String, List<String>> snapshot() {
        List<String> tables;
        try (var rows = HERALD.database().client().execute().query(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = CURRENT_SCHEMA "
                + "AND table_type = 'BASE TABLE'")) {
            tables = rows.map(row -> row.column(1).as(String.class).get()).toList();
        }
        Map<String, List<String>> snapshot = new TreeMap<>();
        for (String table : tables) {
            if (table.equalsIgnoreCase("herald_instances")) {
                continue; // the change feed's heartbeats: written on their own schedule, by no request
            }
            try (var rows = HERALD.database().client().execute().query("SELECT * FROM \"" + table + "\"")) {
                snapshot.put(table, rows.map(row -> {
                    StringBuilder columns = new StringBuilder();
                    row.forEach(column -> columns.append(value(column.get(Object.class))).append(' '));
                    return columns.toString();
                }).sorted().toList());
            }
        }
        return snapshot;
    }

    private static Object value(Object column) {
        try {
            return column instanceof java.sql.Clob clob ? "clob of " + clob.length() : column;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
