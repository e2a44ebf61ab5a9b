package io.herald.api.auth.invites;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import io.herald.api.Herald;
import io.herald.api.TestCalls.Reply;
import io.herald.api.TestCalls;
import io.herald.api.TestClock;
import io.herald.api.TestHerald;
import io.herald.api.TestServer;
import io.herald.api.TestUsers;
import io.herald.api.auth.Secrets;
import io.herald.api.db.Rows;
import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static io.helidon.http.HeaderNames.LOCATION;
import static io.herald.api.TestCalls.Caller.ANONYMOUS;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;

/** {@code /api/v1/invites}: sending, listing with state, revoking; codes are strong, single-use and never stored. */
@ServerTest
class InvitesTest {
    private static final TestClock CLOCK = new TestClock();
    private static final Herald HERALD = TestHerald.start(Map.of(), CLOCK);
    private static final Pattern URL_SAFE = Pattern.compile("[A-Za-z0-9_-]+");

    private final TestCalls calls;
    private final TestUsers users = new TestUsers(HERALD);

    InvitesTest(Http1Client client) {
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
    void inviteReturnsAStrongCodeOnceAndStoresOnlyItsHash() {
        TestUsers.Session admin = users.admin();
        String team = users.team("Invitees");

        Reply invite = calls.post("/api/v1/invites", admin, Map.of("email", "new@example.com", "role", "employee",
                                                                    "team", team));

        assertThat(invite.status(), is(201));
        String code = invite.text("code");
        assertThat(URL_SAFE.matcher(code).matches(), is(true));
        assertThat(code.length() * 6, greaterThanOrEqualTo(128)); // base64url: 6 bits a character
        assertThat(invite.header(LOCATION), is(Optional.of("/api/v1/invites/" + invite.text("id"))));
        assertThat(invite.text("expiresAt").isEmpty(), is(false));
        assertThat(countInvites("code_hash = ?", code), is(0L));
        assertThat(countInvites("code_hash = ?", Secrets.hash(code)), is(1L));

        Reply read = calls.get("/api/v1/invites/" + invite.text("id"), admin);
        assertThat(read.text("state"), is("pending"));
        assertThat(read.text("email"), is("new@example.com"));
        assertThat(read.text("teamId"), is(team));
        assertThat(read.body().toString().contains(code), is(false));
    }

    @Test
    void listShowsEveryStateAndNeverACode() {
        TestUsers.Session admin = users.admin();
        Reply pending = invite(admin, "state-pending@example.com");
        Reply redeemed = invite(admin, "state-redeemed@example.com");
        Reply revoked = invite(admin, "state-revoked@example.com");
        calls.post("/api/v1/auth/redeem", ANONYMOUS, Map.of("code", redeemed.text("code"), "displayName", "R"));
        calls.delete("/api/v1/invites/" + revoked.text("id"), admin);

        JsonNode list = calls.get("/api/v1/invites?size=100", admin).body();

        assertThat(state(list, pending.text("id")), is("pending"));
        assertThat(state(list, redeemed.text("id")), is("redeemed"));
        assertThat(state(list, revoked.text("id")), is("revoked"));
        assertThat(list.toString().contains(pending.text("code")), is(false));
        assertThat(list.findValues("code").isEmpty(), is(true));
        long revokedCount = calls.get("/api/v1/invites?state=revoked", admin).body().path("total").asLong();
        assertThat(revokedCount, greaterThanOrEqualTo(1L));
    }

    @Test
    void expiredInviteIsListedAsExpired() {
        TestUsers.Session admin = users.admin();
        Reply invite = invite(admin, "state-expired@example.com");
        CLOCK.advance(HERALD.auth().settings().inviteLifetime().plusMinutes(1));

        TestUsers.Session refreshedAdmin = users.admin();
        assertThat(calls.get("/api/v1/invites/" + invite.text("id"), refreshedAdmin).text("state"), is("expired"));
    }

    @Test
    void invitingAgainRevokesTheEarlierCode() {
        TestUsers.Session admin = users.admin();
        Reply first = invite(admin, "twice@example.com");
        Reply second = invite(admin, "twice@example.com");

        assertThat(calls.get("/api/v1/invites/" + first.text("id"), admin).text("state"), is("revoked"));
        assertThat(calls.post("/api/v1/auth/redeem", ANONYMOUS, Map.of("code", first.text("code"), "displayName", "T"))
                           .status(), is(401));
        assertThat(calls.post("/api/v1/auth/redeem", ANONYMOUS, Map.of("code", second.text("code"), "displayName", "T"))
                           .status(), is(200));
    }

    @Test
    void activePersonCanBeInvitedAgainToSignInOnAnotherDevice() {
        TestUsers.Session admin = users.admin();
        TestUsers.Session employee = users.employee();
        long people = calls.get("/api/v1/users", admin).body().path("total").asLong();

        Reply again = calls.post("/api/v1/invites", admin, Map.of("email", employee.email(), "role", "employee"));
        Reply session = calls.post("/api/v1/auth/redeem", ANONYMOUS,
                                   Map.of("code", again.text("code"), "displayName", "E"));

        assertThat(session.status(), is(200));
        assertThat(session.body().at("/user/id").asText(), is(employee.userId()));
        assertThat(calls.get("/api/v1/invites/" + again.text("id"), admin).text("userId"), is(employee.userId()));
        assertThat("never a second account", calls.get("/api/v1/users", admin).body().path("total").asLong(),
                   is(people));
        assertThat("the first device stays signed in", calls.get("/api/v1/me", employee).status(), is(200));
    }

    @Test
    void deactivatedPersonIsNotInvitedAgain() {
        TestUsers.Session admin = users.admin();
        TestUsers.Session employee = users.employee();
        calls.patch("/api/v1/users/" + employee.userId(), admin, Map.of("status", "deactivated"));

        Reply reply = calls.post("/api/v1/invites", admin, Map.of("email", employee.email(), "role", "employee"));

        assertThat(reply.status(), is(409));
        assertThat(reply.text("detail"), containsString("reactivate"));
    }

    @Test
    void redeemedInviteCannotBeRevoked() {
        TestUsers.Session admin = users.admin();
        Reply invite = invite(admin, "redeemed-then-revoked@example.com");
        calls.post("/api/v1/auth/redeem", ANONYMOUS, Map.of("code", invite.text("code"), "displayName", "R"));

        Reply revoke = calls.delete("/api/v1/invites/" + invite.text("id"), admin);

        assertThat(revoke.status(), is(409));
        assertThat(calls.delete("/api/v1/invites/nope", admin).status(), is(404));
    }

    @Test
    void validationErrorsNameTheField() {
        TestUsers.Session admin = users.admin();
        assertField(calls.post("/api/v1/invites", admin, Map.of("role", "employee")), "email");
        assertField(calls.post("/api/v1/invites", admin, Map.of("email", "not-an-email", "role", "employee")),
                    "email");
        assertField(calls.post("/api/v1/invites", admin, Map.of("email", "a@b@example.com", "role", "employee")),
                    "email");
        assertField(calls.post("/api/v1/invites", admin, Map.of("email", "x@example.com")), "role");
        Reply role = calls.post("/api/v1/invites", admin, Map.of("email", "x@example.com", "role", "owner"));
        assertField(role, "role");
        assertThat(role.text("detail"), containsString("admin, employee"));
        assertField(calls.post("/api/v1/invites", admin, Map.of("email", "x@example.com", "role", "employee",
                                                                "team", "no-such-team")), "team");
        assertField(calls.get("/api/v1/invites?state=lost", admin), "state");
        assertThat(calls.post("/api/v1/invites", admin, "[1, 2]").status(), is(400));
    }

    private Reply invite(TestCalls.Caller admin, String email) {
        Reply invite = calls.post("/api/v1/invites", admin, Map.of("email", email, "role", "employee"));
        assertThat(invite.status(), is(201));
        return invite;
    }

    private static void assertField(Reply reply, String field) {
        assertThat(reply.status(), is(400));
        assertThat(reply.text("field"), is(field));
    }

    private static String state(JsonNode page, String id) {
        for (JsonNode invite : page.path("items")) {
            if (invite.path("id").asText().equals(id)) {
                return invite.path("state").asText();
            }
        }
        throw new AssertionError("invite " + id + " is not listed");
    }

    private static long countInvites(String condition, String value) {
        return HERALD.database().client().execute()
                .get("SELECT COUNT(*) AS n FROM invites WHERE " + condition, value)
                .map(row -> Rows.number(row, "n")).orElseThrow();
    }
}
