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
import io.herald.api.db.Rows;
import io.herald.api.people.Role;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static io.herald.api.TestCalls.Caller.ANONYMOUS;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

/** Expired refresh tokens and the sign-ins left without one are deleted; live ones keep working. */
@ServerTest
class RefreshTokenPurgeTest {
    private static final TestClock CLOCK = new TestClock();
    private static final Herald HERALD = TestHerald.start(Map.of(), CLOCK);

    private final TestCalls calls;
    private final TestUsers users = new TestUsers(HERALD);

    RefreshTokenPurgeTest(Http1Client client) {
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
    void expiredTokensAndEmptySignInsGoLiveOnesStay() {
        Session kept = users.signIn(Role.EMPLOYEE, Optional.empty());
        String keptFamily = family(kept.refreshToken());
        String rotated = refresh(kept.refreshToken()).text("refreshToken");
        Session idle = users.signIn(Role.EMPLOYEE, Optional.empty());
        String idleFamily = family(idle.refreshToken());

        CLOCK.advance(Duration.ofDays(20));
        String live = refresh(rotated).text("refreshToken");
        CLOCK.advance(Duration.ofDays(11));
        long before = count("SELECT COUNT(*) AS n FROM refresh_tokens");

        long purged = HERALD.auth().tokenPurge().purgeNow();

        // The first two tokens of one sign-in and the only token of the other were 30 days old: gone.
        assertThat(purged, is(3L));
        assertThat(count("SELECT COUNT(*) AS n FROM refresh_tokens"), is(before - 3));
        assertThat(count("SELECT COUNT(*) AS n FROM refresh_families WHERE id = ?", keptFamily), is(1L));
        assertThat(count("SELECT COUNT(*) AS n FROM refresh_families WHERE id = ?", idleFamily), is(0L));
        assertThat(refresh(live).status(), is(200));
        Reply expired = refresh(idle.refreshToken());
        assertThat(expired.status(), is(401));
        assertThat(expired.detail(), containsString("sign in again"));
        assertThat(HERALD.auth().tokenPurge().purgeNow(), is(0L));
    }

    private Reply refresh(String refreshToken) {
        return calls.post("/api/v1/auth/refresh", ANONYMOUS, Map.of("refreshToken", refreshToken));
    }

    private static String family(String refreshToken) {
        return Rows.string(HERALD.database().client().execute()
                                   .get("SELECT family_id FROM refresh_tokens WHERE token_hash = ?",
                                        Secrets.hash(refreshToken)).orElseThrow(), "family_id");
    }

    private static long count(String sql, Object... parameters) {
        return Rows.number(HERALD.database().client().execute().get(sql, parameters).orElseThrow(), "n");
    }
}
