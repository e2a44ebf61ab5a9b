package io.herald.api.auth;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import io.herald.api.Herald;
import io.herald.api.TestCalls.Reply;
import io.herald.api.TestCalls;
import io.herald.api.TestClock;
import io.herald.api.TestHerald;
import io.herald.api.TestServer;
import io.herald.api.TestUsers;
import io.helidon.http.HeaderNames;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static io.helidon.http.HeaderNames.WWW_AUTHENTICATE;
import static io.herald.api.TestCalls.Caller.ANONYMOUS;
import static io.herald.api.TestCalls.Caller.authorization;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

/** Redeeming invites over HTTP: the one way in, and every way it must refuse. */
@ServerTest
class RedeemTest {
    private static final TestClock CLOCK = new TestClock();
    private static final Herald HERALD = TestHerald.start(Map.of(), CLOCK);

    private final TestCalls calls;
    private final TestUsers users = new TestUsers(HERALD);

    RedeemTest(Http1Client client) {
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
    void validCodeSignsInAndActivatesTheUser() {
        TestUsers.Session admin = users.admin();
        Reply invite = calls.post("/api/v1/invites", admin,
                                  Map.of("email", "Ada@Example.com", "role", "employee"));
        assertThat(invite.status(), is(201));

        Reply session = calls.post("/api/v1/auth/redeem", ANONYMOUS, Map.of("code", invite.text("code"),
                                                                  "displayName", "Ada Lovelace"));

        assertThat(session.status(), is(200));
        assertThat(session.header(HeaderNames.CACHE_CONTROL).orElse(""), is("no-store"));
        assertThat(session.text("accessToken").isEmpty(), is(false));
        assertThat(session.text("refreshToken").isEmpty(), is(false));
        assertThat(session.body().path("expiresIn").asLong(), is(900L));
        assertThat(session.body().at("/user/email").asText(), is("ada@example.com"));
        assertThat(session.body().at("/user/displayName").asText(), is("Ada Lovelace"));
        assertThat(session.body().at("/user/status").asText(), is("active"));
        assertThat(session.body().at("/user/activatedAt").isTextual(), is(true));
        assertThat(session.body().at("/user/lastActiveAt").isTextual(), is(true));

        Reply me = calls.get("/api/v1/me", authorization("Bearer " + session.text("accessToken")));
        assertThat(me.status(), is(200));
        assertThat(me.text("email"), is("ada@example.com"));
        assertThat(me.text("role"), is("employee"));
    }

    @Test
    void reusedCodeIsRefused() {
        String code = invite("reuse");
        assertThat(redeem(code).status(), is(200));

        Reply again = redeem(code);

        assertThat(again.status(), is(401));
        assertThat(again.text("detail"), containsString("already been used"));
        assertThat(again.header(WWW_AUTHENTICATE), is(Optional.of("Bearer")));
    }

    @Test
    void expiredCodeIsRefused() {
        String code = invite("expired");
        CLOCK.advance(HERALD.auth().settings().inviteLifetime().plusSeconds(1));

        Reply reply = redeem(code);

        assertThat(reply.status(), is(401));
        assertThat(reply.text("detail"), containsString("expired"));
    }

    @Test
    void codeOneSecondBeforeExpiryStillWorks() {
        String code = invite("almost-expired");
        CLOCK.advance(HERALD.auth().settings().inviteLifetime().minus(Duration.ofSeconds(1)));

        assertThat(redeem(code).status(), is(200));
    }

    @Test
    void revokedCodeIsRefused() {
        TestUsers.Session admin = users.admin();
        Reply invite = calls.post("/api/v1/invites", admin, Map.of("email", "revoked@example.com",
                                                                    "role", "employee"));
        assertThat(calls.delete("/api/v1/invites/" + invite.text("id"), admin).status(), is(204));

        Reply reply = redeem(invite.text("code"));

        assertThat(reply.status(), is(401));
        assertThat(reply.text("detail"), containsString("revoked"));
    }

    @Test
    void unknownCodeIsRefused() {
        Reply reply = redeem("this-code-was-never-issued-by-herald-0123456789");

        assertThat(reply.status(), is(401));
        assertThat(reply.text("detail"), containsString("not valid"));
    }

    @Test
    void missingFieldsAreNamed() {
        Reply noCode = calls.post("/api/v1/auth/redeem", ANONYMOUS, Map.of("displayName", "Someone"));
        assertThat(noCode.status(), is(400));
        assertThat(noCode.text("field"), is("code"));

        Reply noName = calls.post("/api/v1/auth/redeem", ANONYMOUS, Map.of("code", "abc"));
        assertThat(noName.status(), is(400));
        assertThat(noName.text("field"), is("displayName"));

        Reply malformed = calls.post("/api/v1/auth/redeem", ANONYMOUS, "{\"code\": ");
        assertThat(malformed.status(), is(400));
    }

    @Test
    void deactivatedPersonCannotRedeemTheirInvite() {
        TestUsers.Session admin = users.admin();
        Reply invite = calls.post("/api/v1/invites", admin, Map.of("email", "gone@example.com", "role", "employee"));
        String userId = HERALD.auth().invites().get(invite.text("id")).userId().orElseThrow();
        Reply deactivated = calls.patch("/api/v1/users/" + userId, admin, Map.of("status", "deactivated"));
        assertThat(deactivated.status(), is(200));

        assertThat(redeem(invite.text("code")).status(), is(401));
    }

    private String invite(String name) {
        Reply invite = calls.post("/api/v1/invites", users.admin(),
                                  Map.of("email", name + "@example.com", "role", "employee"));
        assertThat(invite.status(), is(201));
        return invite.text("code");
    }

    private Reply redeem(String code) {
        return calls.post("/api/v1/auth/redeem", ANONYMOUS, Map.of("code", code, "displayName", "Someone"));
    }
}
