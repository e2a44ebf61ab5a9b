package io.herald.api.web;

import java.util.Map;

import io.herald.api.Herald;
import io.herald.api.TestCalls;
import io.herald.api.TestCalls.Reply;
import io.herald.api.TestHerald;
import io.herald.api.TestServer;
import io.herald.api.TestUsers;
import io.helidon.http.HeaderValues;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static io.helidon.http.HeaderNames.ORIGIN;
import static io.herald.api.web.ExtensionCorsTest.CHROME;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

/** An admin narrowed {@code herald.cors.extension-origins} to the company's published extension: only it gets CORS. */
@ServerTest
class ExtensionCorsNarrowedTest {
    private static final String UNPUBLISHED = "chrome-extension://ponmlkjihgfedcbaponmlkjihgfedcba";
    private static final String FIREFOX = "moz-extension://0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9";
    private static final Herald HERALD = TestHerald.start(Map.of(ExtensionOrigins.KEY, CHROME));
    private static final TestUsers USERS = new TestUsers(HERALD);

    private final TestCalls calls;

    ExtensionCorsNarrowedTest(Http1Client client) {
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
    void thePublishedExtensionIsAllowed() {
        ExtensionCorsTest.assertPreflightAllowed(preflight(CHROME), CHROME);
        Reply me = calls.get("/api/v1/me", USERS.employee(), HeaderValues.create(ORIGIN, CHROME));
        assertThat(me.status(), is(200));
        ExtensionCorsTest.assertReadable(me);
    }

    @Test
    void otherExtensionsAreNot() {
        for (String origin : new String[] {UNPUBLISHED, FIREFOX}) {
            Reply preflight = preflight(origin);
            assertThat(origin, preflight.status(), is(403));
            ExtensionCorsTest.assertNoCors(origin, preflight);
            Reply me = calls.get("/api/v1/me", USERS.employee(), HeaderValues.create(ORIGIN, origin));
            assertThat(me.status(), is(200));
            ExtensionCorsTest.assertNoCors(origin, me);
        }
    }

    private Reply preflight(String origin) {
        return ExtensionCorsTest.preflight(calls, "/api/v1/me", "GET", "authorization", origin);
    }
}
