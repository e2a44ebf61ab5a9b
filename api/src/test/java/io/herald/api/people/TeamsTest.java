package io.herald.api.people;

import java.util.Map;
import java.util.Optional;

import io.herald.api.Herald;
import io.herald.api.TestCalls.Reply;
import io.herald.api.TestCalls;
import io.herald.api.TestHerald;
import io.herald.api.TestServer;
import io.herald.api.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static io.helidon.http.HeaderNames.LOCATION;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

/** {@code /api/v1/teams}: create, rename, list with member counts, delete only when nothing refers to the team. */
@ServerTest
class TeamsTest {
    private static final Herald HERALD = TestHerald.start();

    private final TestCalls calls;
    private final TestUsers users = new TestUsers(HERALD);

    TeamsTest(Http1Client client) {
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

    @Test
    void createRenameAndList() {
        TestUsers.Session admin = users.admin();

        Reply created = calls.post("/api/v1/teams", admin, Map.of("name", "  Sales  "));
        assertThat(created.status(), is(201));
        assertThat(created.text("name"), is("Sales"));
        assertThat(created.header(LOCATION), is(Optional.of("/api/v1/teams/" + created.text("id"))));
        String id = created.text("id");
        users.employee(id);
        users.employee(id);

        Reply renamed = calls.put("/api/v1/teams/" + id, admin, Map.of("name", "Field sales"));
        assertThat(renamed.status(), is(200));
        assertThat(renamed.text("name"), is("Field sales"));

        JsonNode listed = team(calls.get("/api/v1/teams", admin).body(), id);
        assertThat(listed.path("name").asText(), is("Field sales"));
        assertThat(listed.path("memberCount").asLong(), is(2L));
        assertThat(calls.get("/api/v1/teams/" + id, admin).body().path("memberCount").asLong(), is(2L));
    }

    @Test
    void namesAreUnique() {
        TestUsers.Session admin = users.admin();
        calls.post("/api/v1/teams", admin, Map.of("name", "Unique"));
        String other = calls.post("/api/v1/teams", admin, Map.of("name", "Other")).text("id");

        assertThat(calls.post("/api/v1/teams", admin, Map.of("name", "Unique")).status(), is(409));
        Reply rename = calls.put("/api/v1/teams/" + other, admin, Map.of("name", "Unique"));
        assertThat(rename.status(), is(409));
        assertThat(rename.text("detail"), containsString("already exists"));
        // Renaming a team to its own name is not a conflict.
        assertThat(calls.put("/api/v1/teams/" + other, admin, Map.of("name", "Other")).status(), is(200));
    }

    @Test
    void emptyTeamIsDeleted() {
        TestUsers.Session admin = users.admin();
        String id = calls.post("/api/v1/teams", admin, Map.of("name", "Short-lived")).text("id");

        assertThat(delete(id, admin).status(), is(204));
        assertThat(calls.get("/api/v1/teams/" + id, admin).status(), is(404));
        assertThat(delete(id, admin).status(), is(404));
    }

    @Test
    void teamWithMembersIsNotDeleted() {
        TestUsers.Session admin = users.admin();
        String id = users.team("Busy");
        users.employee(id);

        Reply reply = delete(id, admin);

        assertThat(reply.status(), is(409));
        assertThat(reply.text("detail"), containsString("still has 1 member"));
    }

    @Test
    void teamStillReferencedElsewhereIsNotDeleted() {
        // Stands in for content targeted at a team: any foreign key to teams must turn a delete into a 409.
        HERALD.database().client().execute().dml(
                "CREATE TABLE team_refs_for_test (team_id VARCHAR2(36 CHAR) REFERENCES teams (id))");
        TestUsers.Session admin = users.admin();
        String id = users.team("Targeted");
        HERALD.database().client().execute().dml("INSERT INTO team_refs_for_test (team_id) VALUES (?)", id);

        Reply reply = delete(id, admin);

        assertThat(reply.status(), is(409));
        assertThat(reply.text("detail"), containsString("still in use"));
    }

    @Test
    void badNamesAreRefusedNamingTheField() {
        TestUsers.Session admin = users.admin();
        Reply missing = calls.post("/api/v1/teams", admin, Map.of());
        assertThat(missing.status(), is(400));
        assertThat(missing.text("field"), is("name"));
        Reply blank = calls.post("/api/v1/teams", admin, Map.of("name", "   "));
        assertThat(blank.text("field"), is("name"));
        Reply tooLong = calls.post("/api/v1/teams", admin, Map.of("name", "x".repeat(101)));
        assertThat(tooLong.status(), is(400));
        assertThat(tooLong.text("field"), is("name"));
        Reply wrongType = calls.post("/api/v1/teams", admin, "{\"name\": [\"Sales\"]}");
        assertThat(wrongType.status(), is(400));
        assertThat(wrongType.text("field"), is("name"));
        String id = calls.post("/api/v1/teams", admin, Map.of("name", "Plain")).text("id");
        for (String name : new String[] {"Sales\u0000", "\u001b[2JSales", "Line\nbreak"}) {
            Reply created = calls.post("/api/v1/teams", admin, Map.of("name", name));
            assertThat(created.status(), is(400));
            assertThat(created.text("field"), is("name"));
            assertThat(calls.put("/api/v1/teams/" + id, admin, Map.of("name", name)).text("field"), is("name"));
        }
    }

    @Test
    void unknownTeamIsNotFound() {
        TestUsers.Session admin = users.admin();
        assertThat(calls.put("/api/v1/teams/nope", admin, Map.of("name", "X")).status(), is(404));
    }

    private Reply delete(String id, TestCalls.Caller admin) {
        return calls.delete("/api/v1/teams/" + id, admin);
    }

    private static JsonNode team(JsonNode list, String id) {
        for (JsonNode team : list) {
            if (team.path("id").asText().equals(id)) {
                return team;
            }
        }
        throw new AssertionError("team " + id + " not listed in " + list);
    }
}
