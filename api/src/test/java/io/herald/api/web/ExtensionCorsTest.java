package io.herald.api.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.herald.api.Herald;
import io.herald.api.TestCalls.Reply;
import io.herald.api.TestCalls;
import io.herald.api.TestHerald;
import io.herald.api.TestServer;
import io.herald.api.TestUsers;
import io.herald.api.auth.Session;
import io.herald.api.people.Role;
import io.helidon.http.Header;
import io.helidon.http.HeaderValues;
import io.helidon.http.Method;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static io.helidon.http.HeaderNames.ACCESS_CONTROL_ALLOW_CREDENTIALS;
import static io.helidon.http.HeaderNames.ACCESS_CONTROL_ALLOW_HEADERS;
import static io.helidon.http.HeaderNames.ACCESS_CONTROL_ALLOW_METHODS;
import static io.helidon.http.HeaderNames.ACCESS_CONTROL_ALLOW_ORIGIN;
import static io.helidon.http.HeaderNames.ACCESS_CONTROL_EXPOSE_HEADERS;
import static io.helidon.http.HeaderNames.ACCESS_CONTROL_MAX_AGE;
import static io.helidon.http.HeaderNames.ACCESS_CONTROL_REQUEST_HEADERS;
import static io.helidon.http.HeaderNames.ACCESS_CONTROL_REQUEST_METHOD;
import static io.helidon.http.HeaderNames.CONTENT_TYPE;
import static io.helidon.http.HeaderNames.ETAG;
import static io.helidon.http.HeaderNames.IF_NONE_MATCH;
import static io.helidon.http.HeaderNames.LOCATION;
import static io.helidon.http.HeaderNames.ORIGIN;
import static io.helidon.http.HeaderNames.VARY;
import static io.herald.api.TestCalls.Caller.ANONYMOUS;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

/**
 * The browser extension calls the API from its own origin through a real socket, as its service worker's
 * {@code fetch} does: a preflight for each kind of call, then the call itself, whose answer (success, 304 or
 * problem) the extension must be allowed to read. Other origins and paths outside {@code /api/v1} get no CORS.
 */
@ServerTest
class ExtensionCorsTest {
    static final String CHROME = "chrome-extension://abcdefghijklmnopabcdefghijklmnop";
    private static final String FIREFOX = "moz-extension://0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9";
    private static final String WEB_PAGE = "https://www.example.com";
    private static final Herald HERALD = TestHerald.start();
    private static final TestUsers USERS = new TestUsers(HERALD);

    private final TestCalls calls;

    ExtensionCorsTest(Http1Client client) {
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

    // --- preflights, one per method the extension sends with a bearer token or JSON ---

    @Test
    void preflightOfAGetWithABearerToken() {
        assertPreflightAllowed(preflight("/api/v1/feed", "GET", "authorization", CHROME), CHROME);
    }

    @Test
    void preflightOfAJsonPost() {
        assertPreflightAllowed(preflight("/api/v1/links", "POST", "authorization, content-type", CHROME), CHROME);
    }

    @Test
    void preflightOfAJsonPut() {
        assertPreflightAllowed(preflight("/api/v1/me/preferences", "PUT", "authorization,content-type", CHROME),
                               CHROME);
    }

    @Test
    void preflightOfADelete() {
        assertPreflightAllowed(preflight("/api/v1/me/data", "DELETE", "authorization", CHROME), CHROME);
    }

    @Test
    void preflightOfAConditionalGetWithoutBearerTokenYet() {
        assertPreflightAllowed(preflight("/api/v1/auth/redeem", "POST", "content-type", FIREFOX), FIREFOX);
        assertPreflightAllowed(preflight("/api/v1/guidelines", "GET", "authorization, if-none-match", CHROME),
                               CHROME);
    }

    // --- the calls the extension makes ---

    @Test
    void feed() {
        TestUsers.Session employee = USERS.employee();
        publish("Feed from the extension");

        Reply feed = calls.get("/api/v1/feed", employee, fromExtension());

        assertThat(feed.status(), is(200));
        assertThat(feed.body().path("items").size() >= 1, is(true));
        assertReadable(feed);
    }

    @Test
    void links() {
        TestUsers.Session employee = USERS.employee();

        Reply link = calls.post("/api/v1/links", employee, Map.of("contentId", publish("Links"), "platform", "x"),
                                fromExtension());

        assertThat(link.status(), is(201));
        assertThat(link.header(LOCATION).isPresent(), is(true));
        assertReadable(link);
    }

    @Test
    void shares() {
        TestUsers.Session employee = USERS.employee();
        String content = publish("Shares");
        String code = calls.post("/api/v1/links", employee, Map.of("contentId", content, "platform", "linkedin"))
                .text("code");

        Reply share = calls.post("/api/v1/shares", employee,
                                 Map.of("id", UUID.randomUUID().toString(), "linkCode", code, "platform", "linkedin",
                                        "postedAt", "2026-03-10T09:30:00Z", "ownWords", 0.5,
                                        "findings", Map.of("no-superlatives", 1)),
                                 fromExtension());

        assertThat(share.status(), is(201));
        assertReadable(share);
    }

    @Test
    void myStats() {
        Reply stats = calls.get("/api/v1/me/stats", USERS.employee(), fromExtension());

        assertThat(stats.status(), is(200));
        assertReadable(stats);
    }

    @Test
    void readPreferences() {
        Reply preferences = calls.get("/api/v1/me/preferences", USERS.employee(), fromExtension());

        assertThat(preferences.status(), is(200));
        assertReadable(preferences);
    }

    @Test
    void changePreferences() {
        Reply preferences = calls.put("/api/v1/me/preferences", USERS.employee(), Map.of("leaderboard", true),
                                      fromExtension());

        assertThat(preferences.status(), is(200));
        assertThat(preferences.body().path("leaderboard").asBoolean(), is(true));
        assertReadable(preferences);
    }

    @Test
    void redeem() {
        Reply invite = calls.post("/api/v1/invites", USERS.admin(),
                                  Map.of("email", "cors-" + UUID.randomUUID() + "@example.com", "role", "employee"));

        Reply session = calls.post("/api/v1/auth/redeem", ANONYMOUS,
                                   Map.of("code", invite.text("code"), "displayName", "From the extension"),
                                   fromExtension());

        assertThat(session.status(), is(200));
        assertReadable(session);
    }

    @Test
    void refresh() {
        Session signedIn = USERS.signIn(Role.EMPLOYEE, Optional.empty());

        Reply session = calls.post("/api/v1/auth/refresh", ANONYMOUS,
                                   Map.of("refreshToken", signedIn.refreshToken()), fromExtension());

        assertThat(session.status(), is(200));
        assertReadable(session);
    }

    @Test
    void logout() {
        Session signedIn = USERS.signIn(Role.EMPLOYEE, Optional.empty());

        Reply logout = calls.post("/api/v1/auth/logout", ANONYMOUS, Map.of("refreshToken", signedIn.refreshToken()),
                                  fromExtension());

        assertThat(logout.status(), is(204));
        assertReadable(logout);
    }

    @Test
    void guidelinesUnchangedAreA304TheExtensionCanRead() {
        TestUsers.Session employee = USERS.employee();
        Reply first = calls.get("/api/v1/guidelines", employee, fromExtension());
        assertThat(first.status(), is(200));
        assertReadable(first);
        String etag = first.header(ETAG).orElseThrow();

        Reply again = calls.get("/api/v1/guidelines", employee, fromExtension(),
                                HeaderValues.create(IF_NONE_MATCH, etag));

        assertThat(again.status(), is(304));
        assertThat(again.header(ETAG), is(Optional.of(etag)));
        assertReadable(again);
    }

    @Test
    void problemsAreReadableToo() {
        Reply unauthorized = calls.get("/api/v1/feed", ANONYMOUS, fromExtension());
        assertThat(unauthorized.status(), is(401));
        assertProblemReadable(unauthorized);

        Reply forbidden = calls.get("/api/v1/invites", USERS.employee(), fromExtension());
        assertThat(forbidden.status(), is(403));
        assertProblemReadable(forbidden);

        Reply notFound = calls.get("/api/v1/no-such-thing", USERS.employee(), fromExtension());
        assertThat(notFound.status(), is(404));
        assertProblemReadable(notFound);

        Reply badRequest = calls.post("/api/v1/links", USERS.employee(), "{not json", fromExtension());
        assertThat(badRequest.status(), is(400));
        assertProblemReadable(badRequest);

        Reply unknownContent = calls.post("/api/v1/links", USERS.employee(),
                                          Map.of("contentId", UUID.randomUUID().toString(), "platform", "x"),
                                          fromExtension());
        assertThat(unknownContent.status(), is(404));
        assertProblemReadable(unknownContent);
    }

    // --- everyone and everything else ---

    @Test
    void otherOriginsGetNoCorsAndTheirPreflightsAreRefused() {
        for (String origin : List.of(WEB_PAGE, "null", "chrome-extension://abcdefghijklmnopabcdefghijklmnoq",
                                     "chrome-extension://short", "moz-extension://not-a-uuid",
                                     CHROME + ":8080", CHROME.toUpperCase(Locale.ROOT))) {
            Reply preflight = preflight("/api/v1/feed", "GET", "authorization", origin);
            assertThat(origin, preflight.status(), is(403));
            assertThat(origin, preflight.header(CONTENT_TYPE), is(Optional.of(Problem.MEDIA_TYPE)));
            assertThat(origin, preflight.detail(), containsString("herald.cors.extension-origins"));
            assertNoCors(origin, preflight);

            Reply feed = calls.get("/api/v1/feed", USERS.employee(), HeaderValues.create(ORIGIN, origin));
            assertThat(origin, feed.status(), is(200));
            assertNoCors(origin, feed);
        }
    }

    @Test
    void pathsOutsideTheApiGetNoCors() {
        // Not /openapi: Helidon's OpenAPI feature answers every origin with its own CORS ("*"); it is public.
        for (String path : List.of("/r/AbCdEfGhIj", "/admin/", "/snippet/herald.js", "/.well-known/jwks.json",
                                   "/observe/health")) {
            assertNoCors(path, calls.get(path, ANONYMOUS, fromExtension()));
            assertNoCors(path, preflight(path, "GET", "authorization", CHROME));
        }
    }

    @Test
    void conversionsKeepTheirOwnPerSiteCors() {
        String shop = "https://shop.example.com";
        Reply site = calls.post("/api/v1/sites", USERS.admin(),
                                Map.of("name", "Shop", "allowedOrigins", List.of(shop)));
        assertThat(site.status(), is(201));

        Reply sitePreflight = preflight("/api/v1/conversions", "POST", "content-type, x-herald-site-key", shop);
        assertThat(sitePreflight.status(), is(204));
        assertThat(sitePreflight.header(ACCESS_CONTROL_ALLOW_ORIGIN), is(Optional.of(shop)));
        assertThat(sitePreflight.header(ACCESS_CONTROL_ALLOW_METHODS), is(Optional.of("POST")));

        Reply extensionPreflight = preflight("/api/v1/conversions", "POST", "content-type", CHROME);
        assertThat(extensionPreflight.status(), is(403));
        assertNoCors(CHROME, extensionPreflight);

        Reply siteToTheApi = preflight("/api/v1/feed", "GET", "authorization", shop);
        assertThat(siteToTheApi.status(), is(403));
        assertNoCors(shop, siteToTheApi);
    }

    // --- helpers ---

    private static Header fromExtension() {
        return HeaderValues.create(ORIGIN, CHROME);
    }

    private Reply preflight(String path, String method, String requestHeaders, String origin) {
        return preflight(calls, path, method, requestHeaders, origin);
    }

    /** What a browser sends before a call that carries a bearer token or JSON. */
    static Reply preflight(TestCalls calls, String path, String method, String requestHeaders, String origin) {
        return calls.send(Method.OPTIONS, path, ANONYMOUS, Optional.empty(), HeaderValues.create(ORIGIN, origin),
                          HeaderValues.create(ACCESS_CONTROL_REQUEST_METHOD, method),
                          HeaderValues.create(ACCESS_CONTROL_REQUEST_HEADERS, requestHeaders));
    }

    /** Publishes an item open to everyone; returns its id. */
    private String publish(String title) {
        Reply item = calls.post("/api/v1/content", USERS.admin(),
                                Map.of("title", title + " " + UUID.randomUUID(),
                                       "canonicalUrl", "https://example.com/news/" + UUID.randomUUID(),
                                       "status", "published"));
        assertThat(item.toString(), item.status(), is(201));
        return item.text("id");
    }

    static void assertPreflightAllowed(Reply preflight, String origin) {
        assertThat(preflight.toString(), preflight.status(), is(204));
        assertThat(preflight.header(ACCESS_CONTROL_ALLOW_ORIGIN), is(Optional.of(origin)));
        assertThat(preflight.header(ACCESS_CONTROL_ALLOW_METHODS), is(Optional.of("GET, POST, PUT, PATCH, DELETE")));
        assertThat(preflight.header(ACCESS_CONTROL_ALLOW_HEADERS),
                   is(Optional.of("Authorization, Content-Type, If-None-Match, If-Match")));
        assertThat(preflight.header(ACCESS_CONTROL_MAX_AGE), is(Optional.of("7200")));
        assertThat(preflight.header(VARY), is(Optional.of("Origin")));
        assertThat(preflight.header(ACCESS_CONTROL_ALLOW_CREDENTIALS), is(Optional.empty()));
    }

    /** What an answer needs for the extension's fetch to read it: its origin echoed, the headers it reads exposed. */
    static void assertReadable(Reply reply) {
        assertThat(reply.toString(), reply.header(ACCESS_CONTROL_ALLOW_ORIGIN), is(Optional.of(CHROME)));
        assertThat(reply.header(ACCESS_CONTROL_EXPOSE_HEADERS), is(Optional.of("ETag, Location, Retry-After")));
        assertThat(reply.header(VARY), is(Optional.of("Origin")));
        assertThat(reply.header(ACCESS_CONTROL_ALLOW_CREDENTIALS), is(Optional.empty()));
    }

    private static void assertProblemReadable(Reply problem) {
        assertThat(problem.header(CONTENT_TYPE), is(Optional.of(Problem.MEDIA_TYPE)));
        assertThat(problem.detail().isEmpty(), is(false));
        assertReadable(problem);
    }

    static void assertNoCors(String what, Reply reply) {
        assertThat(what, reply.header(ACCESS_CONTROL_ALLOW_ORIGIN), is(Optional.empty()));
        assertThat(what, reply.header(ACCESS_CONTROL_EXPOSE_HEADERS), is(Optional.empty()));
        assertThat(what, reply.header(ACCESS_CONTROL_ALLOW_METHODS), is(Optional.empty()));
    }
}
