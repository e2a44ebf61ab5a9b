package io.herald.api.auth;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;

import io.herald.api.Herald;
import io.herald.api.TestCalls.Reply;
import io.herald.api.TestCalls;
import io.herald.api.TestClock;
import io.herald.api.TestHerald;
import io.herald.api.TestServer;
import io.herald.api.TestUsers;
import io.herald.api.people.Role;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static io.herald.api.TestCalls.Caller.authorization;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

/**
 * A deactivation ends every session for good: access tokens issued before it stay refused after the person is
 * reactivated, though they have not expired; a sign-in after the reactivation works.
 */
@ServerTest
class ReactivationTest {
    /** On a whole second, so that "the same second" below is exactly that. */
    private static final TestClock CLOCK = new TestClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    private static final Herald HERALD = TestHerald.start(Map.of(), CLOCK);

    private final TestCalls calls;
    private final TestUsers users = new TestUsers(HERALD);

    ReactivationTest(Http1Client client) {
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
    void tokensIssuedBeforeADeactivationStayDeadAfterTheReactivation() {
        TestUsers.Session admin = users.admin();
        Session before = users.signIn(Role.EMPLOYEE, Optional.empty());
        CLOCK.advance(Duration.ofMinutes(1));
        Session justBefore = users.signIn(Role.EMPLOYEE, Optional.empty());
        String person = justBefore.user().id();
        assertThat(me(justBefore).status(), is(200));

        // Deactivated in the same second as the last token was issued, then reactivated a minute later.
        CLOCK.advance(Duration.ofMillis(400));
        assertThat(patch(admin, person, "deactivated").status(), is(200));
        CLOCK.advance(Duration.ofMinutes(1));
        assertThat(patch(admin, person, "active").text("status"), is("active"));

        Reply refused = me(justBefore);
        assertThat(refused.status(), is(401));
        assertThat(refused.detail(), containsString("issued before the account was deactivated"));
        assertThat(me(before).status(), is(200)); // someone else's session is untouched
    }

    @Test
    void aSignInAfterTheReactivationWorks() {
        TestUsers.Session admin = users.admin();
        Session old = users.signIn(Role.EMPLOYEE, Optional.empty());
        String person = old.user().id();
        CLOCK.advance(Duration.ofSeconds(5));
        patch(admin, person, "deactivated");
        CLOCK.advance(Duration.ofSeconds(5));
        patch(admin, person, "active");
        CLOCK.advance(Duration.ofSeconds(1));

        Reply invite = calls.post("/api/v1/invites", admin, Map.of("email", old.user().email(), "role", "employee"));
        Reply redeemed = calls.post("/api/v1/auth/redeem", TestCalls.Caller.ANONYMOUS,
                                    Map.of("code", invite.text("code"), "displayName", "Back again"));
        assertThat(redeemed.status(), is(200));
        assertThat(calls.get("/api/v1/me", authorization("Bearer " + redeemed.text("accessToken"))).status(),
                   is(200));
        assertThat(me(old).status(), is(401));
    }

    private Reply me(Session session) {
        return calls.get("/api/v1/me", authorization("Bearer " + session.accessToken()));
    }

    private Reply patch(TestUsers.Session admin, String userId, String status) {
        return calls.patch("/api/v1/users/" + userId, admin, Map.of("status", status));
    }
}
