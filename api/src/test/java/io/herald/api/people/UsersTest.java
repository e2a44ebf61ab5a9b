package io.herald.api.people;

import java.util.Map;
import java.util.Optional;

import io.herald.api.Herald;
import io.herald.api.TestCalls.Reply;
import io.herald.api.TestCalls;
import io.herald.api.TestHerald;
import io.herald.api.TestServer;
import io.herald.api.TestUsers;
import io.herald.api.auth.Session;
import io.herald.api.people.Role;
import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static io.herald.api.TestCalls.Caller.ANONYMOUS;
import static io.herald.api.TestCalls.Caller.authorization;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

/** The admin people endpoints and {@code /me}: listing, role and team changes, deactivation, reactivation. */
@ServerTest
class UsersTest {
    private static final Herald HERALD = TestHerald.start();

    private final TestCalls calls;
    private final TestUsers users = new TestUsers(HERALD);

    UsersTest(Http1Client client) {
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
    void meReturnsTheSignedInUser() {
        TestUsers.Session employee = users.employee(users.team("Me-team"));

        Reply me = calls.get("/api/v1/me", employee);

        assertThat(me.status(), is(200));
        assertThat(me.text("id"), is(employee.userId()));
        assertThat(me.text("email"), is(employee.email()));
        assertThat(me.text("role"), is("employee"));
        assertThat(me.text("teamId"), is(employee.teamId().orElseThrow()));
        assertThat(me.text("status"), is("active"));
        assertThat(me.body().toString(), me.body().size(), is(9)); // the User fields, nothing more
    }

    @Test
    void someoneStillInvitedIsAnsweredWithTheStateOfTheirLatestInvite() {
        TestUsers.Session admin = users.admin();
        String team = users.team("Invite-state-team");
        String revoked = calls.post("/api/v1/invites", admin, Map.of("email", "revoked-state@example.com",
                                                                     "role", "employee", "team", team)).text("id");
        calls.post("/api/v1/invites", admin, Map.of("email", "pending-state@example.com", "role", "employee",
                                                    "team", team));
        assertThat(calls.delete("/api/v1/invites/" + revoked, admin).status(), is(204));
        TestUsers.Session active = users.employee(team);

        Map<String, String> invites = new java.util.HashMap<>();
        for (com.fasterxml.jackson.databind.JsonNode person : calls.get("/api/v1/users?teamId=" + team, admin)
                .body().path("items")) {
            invites.put(person.path("email").asText(), person.path("invite").asText("(none)"));
        }
        assertThat(invites, is(Map.of("revoked-state@example.com", "revoked", "pending-state@example.com", "pending",
                                      active.email(), "(none)")));
    }

    @Test
    void listFiltersByStatusAndTeamAndPages() {
        TestUsers.Session admin = users.admin();
        String team = users.team("Filter-team");
        TestUsers.Session first = users.employee(team);
        TestUsers.Session second = users.employee(team);
        calls.post("/api/v1/invites", admin, Map.of("email", "pending-filter@example.com", "role", "employee",
                                                    "team", team));

        Reply all = calls.get("/api/v1/users?teamId=" + team, admin);
        assertThat(all.status(), is(200));
        assertThat(all.body().path("total").asLong(), is(3L));

        Reply active = calls.get("/api/v1/users?teamId=" + team + "&status=active", admin);
        assertThat(active.body().path("total").asLong(), is(2L));
        assertThat(ids(active.body()), hasItem(first.userId()));
        assertThat(ids(active.body()), hasItem(second.userId()));

        Reply invited = calls.get("/api/v1/users?teamId=" + team + "&status=invited", admin);
        assertThat(invited.body().at("/items/0/email").asText(), is("pending-filter@example.com"));

        Reply page = calls.get("/api/v1/users?teamId=" + team + "&size=2&page=1", admin);
        assertThat(page.body().path("items").size(), is(1));
        assertThat(page.body().path("total").asLong(), is(3L));
    }

    @Test
    void badListParametersAreNamed() {
        TestUsers.Session admin = users.admin();
        Reply status = calls.get("/api/v1/users?status=sleeping", admin);
        assertThat(status.status(), is(400));
        assertThat(status.text("field"), is("status"));
        assertThat(calls.get("/api/v1/users?size=0", admin).text("field"), is("size"));
        assertThat(calls.get("/api/v1/users?page=x", admin).text("field"), is("page"));
    }

    @Test
    void roleChangeTakesEffectWithTheSameToken() {
        TestUsers.Session admin = users.admin();
        TestUsers.Session employee = users.employee();
        assertThat(calls.get("/api/v1/users", employee).status(), is(403));

        Reply promoted = patch(employee.userId(), admin, Map.of("role", "admin"));

        assertThat(promoted.status(), is(200));
        assertThat(promoted.text("role"), is("admin"));
        assertThat(calls.get("/api/v1/users", employee).status(), is(200));
    }

    @Test
    void teamIsChangedAndClearedWithNull() {
        TestUsers.Session admin = users.admin();
        TestUsers.Session employee = users.employee(users.team("Old-team"));
        String newTeam = users.team("New-team");

        assertThat(patch(employee.userId(), admin, Map.of("teamId", newTeam)).text("teamId"), is(newTeam));
        // Leaving teamId out keeps the team...
        assertThat(patch(employee.userId(), admin, Map.of("role", "employee")).text("teamId"), is(newTeam));
        // ...an explicit null removes it.
        Reply cleared = calls.patch("/api/v1/users/" + employee.userId(), admin, "{\"teamId\": null}");
        assertThat(cleared.status(), is(200));
        assertThat(cleared.body().has("teamId"), is(false));
    }

    @Test
    void badPatchesAreRefusedNamingTheField() {
        TestUsers.Session admin = users.admin();
        TestUsers.Session employee = users.employee();

        Reply role = patch(employee.userId(), admin, Map.of("role", "superuser"));
        assertThat(role.status(), is(400));
        assertThat(role.text("field"), is("role"));

        Reply team = patch(employee.userId(), admin, Map.of("teamId", "no-such-team"));
        assertThat(team.status(), is(400));
        assertThat(team.text("field"), is("teamId"));

        Reply status = patch(employee.userId(), admin, Map.of("status", "invited"));
        assertThat(status.status(), is(400));
        assertThat(status.text("field"), is("status"));

        assertThat(patch("no-such-user", admin, Map.of("role", "admin")).status(), is(404));
    }

    @Test
    void deactivationRefusesAccessTokensAtOnceAndRevokesRefreshTokens() {
        TestUsers.Session admin = users.admin();
        Session employee = users.signIn(Role.EMPLOYEE, Optional.empty());
        String bearer = "Bearer " + employee.accessToken();
        assertThat(calls.get("/api/v1/me", authorization(bearer)).status(), is(200));

        Reply deactivated = patch(employee.user().id(), admin, Map.of("status", "deactivated"));

        assertThat(deactivated.status(), is(200));
        assertThat(deactivated.text("status"), is("deactivated"));
        Reply me = calls.get("/api/v1/me", authorization(bearer));
        assertThat(me.status(), is(401));
        assertThat(me.text("detail"), containsString("deactivated"));
        assertThat(calls.post("/api/v1/auth/refresh", ANONYMOUS, Map.of("refreshToken", employee.refreshToken()))
                           .status(), is(401));
    }

    @Test
    void reactivationLetsThePersonBackIn() {
        TestUsers.Session admin = users.admin();
        Session employee = users.signIn(Role.EMPLOYEE, Optional.empty());
        patch(employee.user().id(), admin, Map.of("status", "deactivated"));

        Reply reactivated = patch(employee.user().id(), admin, Map.of("status", "active"));

        assertThat(reactivated.text("status"), is("active"));
        // Both tokens of the old session stay dead, the access token too although it has not expired: a new invite
        // lets the person back in (auth.ReactivationTest).
        assertThat(calls.get("/api/v1/me", authorization("Bearer " + employee.accessToken())).status(), is(401));
        assertThat(calls.post("/api/v1/auth/refresh", ANONYMOUS, Map.of("refreshToken", employee.refreshToken()))
                           .status(), is(401));
    }

    @Test
    void reactivatingSomeoneWhoNeverSignedInMakesThemInvitedAgain() {
        TestUsers.Session admin = users.admin();
        Reply invite = calls.post("/api/v1/invites", admin, Map.of("email", "never@example.com", "role", "employee"));
        String id = calls.get("/api/v1/invites/" + invite.text("id"), admin).text("userId");
        patch(id, admin, Map.of("status", "deactivated"));

        assertThat(patch(id, admin, Map.of("status", "active")).text("status"), is("invited"));
    }

    @Test
    void userIsReadById() {
        TestUsers.Session admin = users.admin();
        TestUsers.Session employee = users.employee();
        Reply user = calls.get("/api/v1/users/" + employee.userId(), admin);
        assertThat(user.text("email"), is(employee.email()));
        assertThat(user.body().has("invitedAt"), is(true));
        assertThat(calls.get("/api/v1/users/nobody", admin).status(), is(404));
    }

    @Test
    void invitedUsersCountInTheFunnel() {
        TestUsers.Session admin = users.admin();
        long before = calls.get("/api/v1/users?status=invited", admin).body().path("total").asLong();
        calls.post("/api/v1/invites", admin, Map.of("email", "funnel@example.com", "role", "employee"));

        Reply invited = calls.get("/api/v1/users?status=invited", admin);

        assertThat(invited.body().path("total").asLong(), is(before + 1));
        assertThat(invited.body().at("/items/0/activatedAt").isMissingNode(), is(true));
        assertThat(invited.body().at("/items/0/invitedAt").isTextual(), is(true));
        assertThat(invited.body().at("/items/0/status").asText(), not("active"));
    }

    private Reply patch(String id, TestCalls.Caller caller, Map<String, ?> body) {
        return calls.patch("/api/v1/users/" + id, caller, body);
    }

    private static java.util.List<String> ids(JsonNode page) {
        return page.path("items").findValuesAsText("id");
    }
}
