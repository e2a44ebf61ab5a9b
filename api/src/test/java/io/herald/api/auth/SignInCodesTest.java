package io.herald.api.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import io.herald.api.Herald;
import io.herald.api.HeraldConfig;
import io.herald.api.TestCalls.Reply;
import io.herald.api.TestCalls;
import io.herald.api.TestClock;
import io.herald.api.TestHerald;
import io.herald.api.TestServer;
import io.herald.api.TestUsers;
import io.herald.api.db.Rows;
import io.herald.api.web.PublicUrl;
import io.helidon.http.HeaderValues;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static io.helidon.http.HeaderNames.ACCESS_CONTROL_ALLOW_ORIGIN;
import static io.helidon.http.HeaderNames.CACHE_CONTROL;
import static io.helidon.http.HeaderNames.ORIGIN;
import static io.herald.api.TestCalls.Caller.ANONYMOUS;
import static io.herald.api.TestCalls.Caller.authorization;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

/**
 * {@code POST /api/v1/auth/sign-in-codes}: a signed-in person signs in to the same account in another browser with a
 * short-lived, single-use code redeemed like an invite, which is nobody else's business.
 */
@ServerTest
class SignInCodesTest {
    private static final TestClock CLOCK = new TestClock();
    private static final Herald HERALD = TestHerald.start(Map.of(), CLOCK);
    private static final String CODES = "/api/v1/auth/sign-in-codes";

    private final TestCalls calls;
    private final TestUsers users = new TestUsers(HERALD);

    SignInCodesTest(Http1Client client) {
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
    void anEmployeeSignsInToTheSameAccountInAnotherBrowser() {
        TestUsers.Session employee = users.employee();

        Reply issued = calls.post(CODES, employee, Map.of());

        assertThat(issued.status(), is(201));
        assertThat(issued.header(CACHE_CONTROL), is(Optional.of("no-store")));
        String code = issued.text("code");
        assertThat(code.matches("[A-Za-z0-9_-]{43}"), is(true));
        assertThat(Instant.parse(issued.text("expiresAt")), is(CLOCK.instant().plus(Duration.ofMinutes(10))));
        assertThat(count("SELECT COUNT(*) AS n FROM sign_in_codes WHERE code_hash = ?", code), is(0L));
        assertThat(count("SELECT COUNT(*) AS n FROM sign_in_codes WHERE code_hash = ?", Secrets.hash(code)), is(1L));

        Reply session = redeem(code, "Other Browser");

        assertThat(session.status(), is(200));
        assertThat(session.body().at("/user/id").asText(), is(employee.userId()));
        assertThat(session.body().at("/user/role").asText(), is("employee"));
        assertThat(session.body().at("/user/displayName").asText(), is("Other Browser"));
        assertThat(count("SELECT COUNT(*) AS n FROM users WHERE email = ?", employee.email()), is(1L));
        Reply me = calls.get("/api/v1/me", authorization("Bearer " + session.text("accessToken")));
        assertThat(me.text("id"), is(employee.userId()));
        assertThat(calls.post("/api/v1/auth/refresh", ANONYMOUS, Map.of("refreshToken", session.text("refreshToken")))
                           .status(), is(200));
        assertThat("the first browser stays signed in", calls.get("/api/v1/me", employee).status(), is(200));
    }

    @Test
    void anAdminKeepsTheAdminRole() {
        TestUsers.Session admin = users.admin();

        Reply session = redeem(codeFor(admin), "Admin Elsewhere");

        assertThat(session.body().at("/user/id").asText(), is(admin.userId()));
        assertThat(session.body().at("/user/role").asText(), is("admin"));
        assertThat(calls.get("/api/v1/invites", authorization("Bearer " + session.text("accessToken"))).status(),
                   is(200));
    }

    @Test
    void onlySignedInPeopleMakeCodes() {
        Reply anonymous = calls.post(CODES, ANONYMOUS, Map.of());
        assertThat(anonymous.status(), is(401));
        assertThat(calls.post(CODES, authorization("Bearer not-a-token"), Map.of()).status(), is(401));
    }

    @Test
    void aCodeWorksOnce() {
        String code = codeFor(users.employee());
        assertThat(redeem(code, "Once").status(), is(200));

        Reply again = redeem(code, "Twice");

        assertThat(again.status(), is(401));
        assertThat(again.detail(), containsString("already been used"));
    }

    @Test
    void aCodeExpiresAfterItsLifetime() {
        TestUsers.Session employee = users.employee();
        String late = codeFor(employee);
        CLOCK.advance(HERALD.auth().settings().signInCodeLifetime());

        Reply expired = redeem(late, "Too Late");

        assertThat(expired.status(), is(401));
        assertThat(expired.detail(), containsString("expired"));

        String inTime = codeFor(users.employee());
        CLOCK.advance(HERALD.auth().settings().signInCodeLifetime().minusSeconds(1));
        assertThat(redeem(inTime, "Just In Time").status(), is(200));
    }

    @Test
    void theLifetimeIsConfigurable() {
        PublicUrl url = new PublicUrl("https://herald.example.com");
        assertThat(AuthSettings.from(HeraldConfig.load(), url).signInCodeLifetime(), is(Duration.ofMinutes(10)));
        assertThat(AuthSettings.from(HeraldConfig.load(Map.of("herald.auth.sign-in-code-lifetime", "PT2M")), url)
                           .signInCodeLifetime(), is(Duration.ofMinutes(2)));
    }

    @Test
    void aNewCodeReplacesTheEarlierOne() {
        TestUsers.Session employee = users.employee();
        String first = codeFor(employee);
        String second = codeFor(employee);

        assertThat(redeem(first, "First").status(), is(401));
        assertThat(redeem(second, "Second").status(), is(200));
        assertThat(count("SELECT COUNT(*) AS n FROM sign_in_codes WHERE user_id = ?", employee.userId()), is(1L));
    }

    @Test
    void aDeactivatedPersonCanNeitherMakeNorRedeemOne() {
        TestUsers.Session admin = users.admin();
        TestUsers.Session employee = users.employee();
        String code = codeFor(employee);

        calls.patch("/api/v1/users/" + employee.userId(), admin, Map.of("status", "deactivated"));

        assertThat(calls.post(CODES, employee, Map.of()).status(), is(401));
        assertThat(redeem(code, "Deactivated").status(), is(401));
        // Reactivated, they need a new code: the one made before stays dead, like their sessions.
        calls.patch("/api/v1/users/" + employee.userId(), admin, Map.of("status", "active"));
        assertThat(redeem(code, "Reactivated").status(), is(401));
    }

    @Test
    void aDeactivatedPersonsCodeIsRefusedEvenIfItWereStillStored() {
        TestUsers.Session admin = users.admin();
        TestUsers.Session employee = users.employee();
        String code = codeFor(employee);
        calls.patch("/api/v1/users/" + employee.userId(), admin, Map.of("status", "deactivated"));
        HERALD.database().client().execute().insert(
                "INSERT INTO sign_in_codes (code_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)",
                Secrets.hash(code), employee.userId(), CLOCK.millis(), CLOCK.millis() + 60_000);

        Reply refused = redeem(code, "Deactivated");

        assertThat(refused.status(), is(401));
        assertThat(refused.detail(), containsString("deactivated"));
    }

    @Test
    void codesAreNeitherInvitesNorPartOfTheFunnel() {
        TestUsers.Session admin = users.admin();
        TestUsers.Session employee = users.employee();
        long invites = calls.get("/api/v1/invites", admin).body().path("total").asLong();
        long people = calls.get("/api/v1/users", admin).body().path("total").asLong();
        String invitedAt = calls.get("/api/v1/users/" + employee.userId(), admin).text("invitedAt");

        String code = codeFor(employee);
        redeem(code, "Funnel");

        assertThat(calls.get("/api/v1/invites", admin).body().path("total").asLong(), is(invites));
        assertThat(calls.get("/api/v1/invites?state=redeemed", admin).body().toString().contains(code), is(false));
        assertThat(calls.get("/api/v1/users", admin).body().path("total").asLong(), is(people));
        assertThat(calls.get("/api/v1/users/" + employee.userId(), admin).text("invitedAt"), is(invitedAt));
    }

    @Test
    void codesAndAdminInvitesLeaveEachOtherAlone() {
        TestUsers.Session admin = users.admin();
        TestUsers.Session employee = users.employee();
        Reply pendingInvite = calls.post("/api/v1/invites", admin,
                                         Map.of("email", employee.email(), "role", "employee"));

        String code = codeFor(employee);
        assertThat("a code does not revoke the pending invite",
                   calls.get("/api/v1/invites/" + pendingInvite.text("id"), admin).text("state"), is("pending"));

        Reply newerInvite = calls.post("/api/v1/invites", admin,
                                       Map.of("email", employee.email(), "role", "employee"));
        assertThat("an invite does not revoke the code", redeem(code, "Still Works").status(), is(200));
        assertThat("redeeming the code does not use up the invite",
                   calls.get("/api/v1/invites/" + newerInvite.text("id"), admin).text("state"), is("pending"));
        assertThat(redeem(newerInvite.text("code"), "Invite Too").body().at("/user/id").asText(),
                   is(employee.userId()));
    }

    @Test
    void theExtensionMakesAndRedeemsCodesCrossOrigin() {
        TestUsers.Session employee = users.employee();
        String extension = "chrome-extension://abcdefghijklmnopabcdefghijklmnop";

        Reply issued = calls.post(CODES, employee, Map.of(), HeaderValues.create(ORIGIN, extension));
        Reply session = calls.post("/api/v1/auth/redeem", ANONYMOUS,
                                   Map.of("code", issued.text("code"), "displayName", "Firefox Too"),
                                   HeaderValues.create(ORIGIN, extension));

        assertThat(issued.status(), is(201));
        assertThat(issued.header(ACCESS_CONTROL_ALLOW_ORIGIN), is(Optional.of(extension)));
        assertThat(session.status(), is(200));
        assertThat(session.header(ACCESS_CONTROL_ALLOW_ORIGIN), is(Optional.of(extension)));
    }

    private String codeFor(TestUsers.Session person) {
        return calls.post(CODES, person, Map.of()).text("code");
    }

    private Reply redeem(String code, String displayName) {
        return calls.post("/api/v1/auth/redeem", ANONYMOUS, Map.of("code", code, "displayName", displayName));
    }

    private static long count(String sql, Object... params) {
        return HERALD.database().client().execute().get(sql, params).map(row -> Rows.number(row, "n")).orElseThrow();
    }
}
