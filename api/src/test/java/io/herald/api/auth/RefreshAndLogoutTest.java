package io.herald.api.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import io.herald.api.Herald;
import io.herald.api.TestCalls.Reply;
import io.herald.api.TestCalls;
import io.herald.api.TestClock;
import io.herald.api.TestHerald;
import io.herald.api.TestServer;
import io.herald.api.TestUsers;
import io.herald.api.db.Rows;
import io.herald.api.people.Role;
import io.helidon.http.HeaderNames;
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
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

/** Refresh-token rotation, reuse detection, sign-out and the last-active timestamp, over HTTP. */
@ServerTest
class RefreshAndLogoutTest {
    private static final TestClock CLOCK = new TestClock();
    private static final Herald HERALD = TestHerald.start(Map.of(), CLOCK);

    private final TestCalls calls;
    private final TestUsers users = new TestUsers(HERALD);

    RefreshAndLogoutTest(Http1Client client) {
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
    void refreshRotatesTheRefreshTokenAndIssuesANewAccessToken() {
        Session session = users.signIn(Role.EMPLOYEE, Optional.empty());

        Reply refreshed = refresh(session.refreshToken());

        assertThat(refreshed.status(), is(200));
        assertThat(refreshed.header(HeaderNames.CACHE_CONTROL).orElse(""), is("no-store"));
        assertThat(refreshed.text("refreshToken"), not(session.refreshToken()));
        assertThat(refreshed.text("accessToken"), not(session.accessToken()));
        assertThat(refreshed.body().at("/user/id").asText(), is(session.user().id()));
        assertThat(calls.get("/api/v1/me", authorization("Bearer " + refreshed.text("accessToken"))).status(), is(200));
        // ...and the new refresh token rotates again.
        assertThat(refresh(refreshed.text("refreshToken")).status(), is(200));
    }

    @Test
    void reusingARefreshTokenRevokesTheWholeFamily() {
        Session session = users.signIn(Role.EMPLOYEE, Optional.empty());
        String next = refresh(session.refreshToken()).text("refreshToken");

        Reply replay = refresh(session.refreshToken());

        assertThat(replay.status(), is(401));
        assertThat(replay.text("detail"), containsString("already used"));
        // The family is gone: the token the legitimate client holds no longer works either.
        Reply legitimate = refresh(next);
        assertThat(legitimate.status(), is(401));
        assertThat(legitimate.text("detail"), containsString("signed out"));
    }

    @Test
    void reuseRevokesOnlyThatFamily() {
        Session laptop = users.signIn(Role.EMPLOYEE, Optional.empty());
        Session phone = HERALD.auth().signIn().redeem(new RedeemRequest(
                HERALD.auth().invites().invite(Optional.empty(), new io.herald.api.auth.invites.InviteRequest(
                        laptop.user().email(), Role.EMPLOYEE, null)).code(), "Phone", null));
        refresh(laptop.refreshToken());
        assertThat(refresh(laptop.refreshToken()).status(), is(401));

        assertThat(refresh(phone.refreshToken()).status(), is(200));
    }

    @Test
    void logoutRevokesTheFamily() {
        Session session = users.signIn(Role.EMPLOYEE, Optional.empty());
        String next = refresh(session.refreshToken()).text("refreshToken");

        Reply logout = calls.post("/api/v1/auth/logout", ANONYMOUS, Map.of("refreshToken", next));

        assertThat(logout.status(), is(204));
        assertThat(refresh(next).status(), is(401));
    }

    @Test
    void logoutWithAnUnknownTokenRevealsNothing() {
        assertThat(calls.post("/api/v1/auth/logout", ANONYMOUS, Map.of("refreshToken", "no-such-token")).status(),
                   is(204));
    }

    @Test
    void unknownRefreshTokenIsRefused() {
        Reply reply = refresh("no-such-refresh-token");
        assertThat(reply.status(), is(401));
        assertThat(reply.text("detail"), containsString("not valid"));
    }

    @Test
    void refreshTokenExpires() {
        Session session = users.signIn(Role.EMPLOYEE, Optional.empty());
        CLOCK.advance(HERALD.auth().settings().refreshTokenLifetime().plusSeconds(1));

        Reply reply = refresh(session.refreshToken());

        assertThat(reply.status(), is(401));
        assertThat(reply.text("detail"), containsString("expired"));
    }

    @Test
    void refreshRecordsLastActiveAtMostOncePerFewMinutes() {
        Session session = users.signIn(Role.EMPLOYEE, Optional.empty());
        Instant signedIn = lastActive(session.user().id());

        CLOCK.advance(Duration.ofMinutes(1));
        String token = refresh(session.refreshToken()).text("refreshToken");
        assertThat(lastActive(session.user().id()), is(signedIn));

        CLOCK.advance(Duration.ofMinutes(5));
        refresh(token);
        assertThat(lastActive(session.user().id()), is(CLOCK.instant()));
    }

    @Test
    void missingRefreshTokenIsNamed() {
        Reply reply = calls.post("/api/v1/auth/refresh", ANONYMOUS, Map.of());
        assertThat(reply.status(), is(400));
        assertThat(reply.text("field"), is("refreshToken"));
    }

    @Test
    void refreshTokensAreStoredOnlyAsHashes() {
        Session session = users.signIn(Role.EMPLOYEE, Optional.empty());
        long stored = HERALD.database().client().execute()
                .get("SELECT COUNT(*) AS n FROM refresh_tokens WHERE token_hash = ?", session.refreshToken())
                .map(row -> Rows.number(row, "n")).orElseThrow();
        long hashed = HERALD.database().client().execute()
                .get("SELECT COUNT(*) AS n FROM refresh_tokens WHERE token_hash = ?",
                     Secrets.hash(session.refreshToken()))
                .map(row -> Rows.number(row, "n")).orElseThrow();
        assertThat(stored, is(0L));
        assertThat(hashed, is(1L));
    }

    private Reply refresh(String refreshToken) {
        return calls.post("/api/v1/auth/refresh", ANONYMOUS, Map.of("refreshToken", refreshToken));
    }

    private static Instant lastActive(String userId) {
        return HERALD.database().client().execute().get("SELECT last_active_at FROM users WHERE id = ?", userId)
                .flatMap(row -> Rows.optionalInstant(row, "last_active_at")).orElseThrow();
    }
}
