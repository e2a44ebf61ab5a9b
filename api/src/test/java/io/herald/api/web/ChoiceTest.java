package io.herald.api.web;

import java.util.Map;
import java.util.Optional;

import io.herald.api.Herald;
import io.herald.api.TestCalls.Reply;
import io.herald.api.TestCalls;
import io.herald.api.TestHerald;
import io.herald.api.TestServer;
import io.herald.api.TestUsers;
import io.herald.api.content.CaptionPlatform;
import io.herald.api.people.Role;
import io.herald.api.people.UserStatus;
import io.herald.common.platform.Platform;
import io.helidon.http.Method;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Every enum choice a request makes, in a query parameter or in a body, is read one way: an unknown value is a 400
 * whose {@code field} names it and whose detail lists the allowed values; a known one is its lower-case name, in JSON
 * and in columns alike.
 */
@ServerTest
class ChoiceTest {
    private static final Herald HERALD = TestHerald.start();

    private final TestCalls calls;
    private final TestUsers users = new TestUsers(HERALD);

    ChoiceTest(Http1Client client) {
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
    void anUnknownValueIsA400NamingTheFieldAndTheAllowedValues() {
        TestUsers.Session admin = users.admin();
        assertRefused(calls.get("/api/v1/users?status=gone", admin), "status", "\"gone\"",
                      "invited, active, deactivated");
        assertRefused(calls.get("/api/v1/invites?state=lost", admin), "state", "\"lost\"",
                      "pending, redeemed, expired, revoked");
        assertRefused(calls.get("/api/v1/content?status=hidden", admin), "status", "\"hidden\"",
                      "draft, published, archived");
        assertRefused(calls.get("/api/v1/feed?platform=myspace", admin), "platform", "\"myspace\"", "linkedin, x");
        assertRefused(calls.get("/api/v1/analytics/summary?platform=LinkedIn", admin), "platform", "\"LinkedIn\"",
                      "linkedin, x");
        assertRefused(calls.post("/api/v1/invites", admin, Map.of("email", "a@example.com", "role", "boss")), "role",
                      "\"boss\"", "admin, employee");
        assertRefused(calls.send(Method.PATCH, "/api/v1/users/" + users.employee().userId(), admin,
                                 Optional.of(Map.of("status", "away"))), "status", "\"away\"",
                      "invited, active, deactivated");
        assertRefused(calls.post("/api/v1/links", users.employee(), Map.of("contentId", "x", "platform", "myspace")),
                      "platform", "\"myspace\"", "linkedin, x");
    }

    @Test
    void aKnownValueIsItsLowerCaseName() {
        assertThat(Choice.parse(Platform.class, "platform", "x"), is(Platform.X));
        assertThat(Choice.parse(UserStatus.class, "status", "deactivated"), is(UserStatus.DEACTIVATED));
        assertThat(Choice.stored(Role.class, "admin"), is(Role.ADMIN));
        assertThat(Json.string(Platform.LINKEDIN), is("\"linkedin\""));
        assertThat(Json.string(Role.EMPLOYEE), is("\"employee\""));
        for (Platform platform : Platform.values()) {
            assertThat(Choice.idOf(platform), is(platform.id()));
        }
        ApiException refused = assertThrows(ApiException.class, () -> Choice.parse(Role.class, "role", "Admin"));
        assertThat(refused.getMessage(), is("'role' has an unknown value \"Admin\"; expected one of: admin, employee."));
    }

    @Test
    void aCaptionIsWrittenForOneOfThePlatformsOrForAny() {
        for (Platform platform : Platform.values()) {
            CaptionPlatform caption = Choice.parse(CaptionPlatform.class, "platform", platform.id());
            assertThat(caption.platform(), is(Optional.of(platform)));
            assertThat(caption.fits(platform), is(true));
            assertThat(CaptionPlatform.ANY.fits(platform), is(true));
        }
        assertThat(CaptionPlatform.values().length, is(Platform.values().length + 1));
        assertThat(CaptionPlatform.X.fits(Platform.LINKEDIN), is(false));
    }

    private static void assertRefused(Reply reply, String field, String value, String allowed) {
        assertThat(reply.toString(), reply.status(), is(400));
        assertThat(reply.toString(), reply.field(), is(field));
        assertThat(reply.toString(), reply.detail(),
                   is("'" + field + "' has an unknown value " + value + "; expected one of: " + allowed + "."));
    }
}
