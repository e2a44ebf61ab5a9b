package io.herald.api.attribution.conversions;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.herald.api.Herald;
import io.herald.api.TestCalls.Reply;
import io.herald.api.TestCalls;
import io.herald.api.TestHerald;
import io.herald.api.TestServer;
import io.herald.api.TestUsers;
import io.herald.api.attribution.MovableClock;
import io.herald.api.attribution.TestContent;
import io.herald.api.db.Rows;
import io.helidon.common.media.type.MediaTypes;
import io.helidon.dbclient.DbRow;
import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webclient.http1.Http1ClientRequest;
import io.helidon.webclient.http1.Http1ClientResponse;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static io.herald.api.attribution.TestLinks.link;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

@ServerTest
class ConversionServiceTest {
    private static final String SHOP = "https://shop.example.com";
    private static final String CHROME = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
                                         + "(KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36";
    private static final MovableClock CLOCK = new MovableClock(Instant.parse("2026-04-01T10:00:00Z"));
    // Clicks wait an hour for their batch: only a flush writes them, so the test decides when a click is stored.
    // Every conversion here comes from one loopback address: its rate limit is RateLimitsTest's business.
    private static final Herald HERALD = TestHerald.start(Map.of("herald.public-url", "https://go.example.com",
                                                                 "herald.redirect.flush-interval", "PT1H",
                                                                 "herald.limits.conversions.per-address", "off"),
                                                          CLOCK);
    private static final TestContent CONTENT = new TestContent(HERALD);
    private static final TestUsers USERS = new TestUsers(HERALD);

    private final Http1Client client;
    private final TestCalls api;

    ConversionServiceTest(Http1Client client) {
        this.client = client;
        this.api = new TestCalls(client);
    }

    @SetUpServer
    static void server(WebServerConfig.Builder server) {
        TestServer.setUp(server, HERALD);
    }

    @AfterAll
    static void close() {
        HERALD.close();
    }

    private String site(String... origins) {
        return createSite(origins).text("key");
    }

    private Reply createSite(String... origins) {
        Reply created = api.post("/api/v1/sites", USERS.admin(), Map.of("name", "Shop", "allowedOrigins",
                                                                        List.of(origins)));
        assertThat(created.status(), is(201));
        return created;
    }

    /** A click through a fresh link, stored; returns its hclid. */
    private String click(TestUsers.Session employee, String platform) {
        String clickId = pendingClick(employee, platform);
        assertThat(HERALD.attribution().clickWriter().flush(Duration.ofSeconds(20)), is(true));
        return clickId;
    }

    /** A click through a fresh link, still in the writer's buffer; returns its hclid. */
    private String pendingClick(TestUsers.Session employee, String platform) {
        return visit(link(api, employee, CONTENT.published("offer", "https://shop.example.com/offer"), platform),
                     CHROME);
    }

    /** Follows a tracked link with that user agent; returns the hclid it was given. */
    private String visit(String code, String userAgent) {
        try (Http1ClientResponse res = client.get("/r/" + code).followRedirects(false)
                .header(HeaderNames.USER_AGENT, userAgent).request()) {
            String location = res.headers().first(HeaderNames.LOCATION).orElseThrow();
            return location.substring(location.indexOf("hclid=") + 6);
        }
    }

    record Answer(int status, String body, String allowOrigin) {
    }

    private Answer send(Method method, String origin, String key, Map<String, Object> body) {
        return send(method, origin, key, Optional.empty(), body);
    }

    /** From a server: the secret key as a bearer token. */
    private Answer sendWithSecret(String origin, String secret, Map<String, Object> body) {
        return send(Method.POST, origin, null, Optional.of(secret), body);
    }

    private Answer send(Method method, String origin, String key, Optional<String> secret, Map<String, Object> body) {
        Http1ClientRequest request = client.method(method).path("/api/v1/conversions");
        secret.ifPresent(value -> request.header(HeaderNames.AUTHORIZATION, "Bearer " + value));
        if (origin != null) {
            request.header(HeaderNames.ORIGIN, origin);
        }
        if (key != null) {
            request.header(HeaderNames.create("X-Herald-Site-Key"), key);
        }
        if (method == Method.OPTIONS) {
            request.header(HeaderNames.ACCESS_CONTROL_REQUEST_METHOD, "POST");
        }
        try (Http1ClientResponse res = body == null ? request.request()
                : request.contentType(MediaTypes.APPLICATION_JSON).submit(io.herald.api.web.Json.string(body))) {
            return new Answer(res.status().code(), res.entity().hasEntity() ? res.as(String.class) : "",
                              res.headers().first(HeaderNames.ACCESS_CONTROL_ALLOW_ORIGIN).orElse(""));
        }
    }

    private static Map<String, Object> conversion(String clickId, String eventId) {
        Map<String, Object> body = new HashMap<>();
        body.put("clickId", clickId);
        body.put("type", "purchase");
        body.put("value", 49.9);
        body.put("currency", "eur");
        body.put("eventId", eventId);
        return body;
    }

    /** Conversions stored with this value in the column. */
    private static long count(String column, String value) {
        return HERALD.database().client().execute()
                .get("SELECT COUNT(*) AS n FROM conversions WHERE " + column + " = ?", value)
                .map(r -> Rows.number(r, "n")).orElseThrow();
    }

    private static DbRow stored(String eventId) {
        return HERALD.database().client().execute().get("SELECT * FROM conversions WHERE event_id = ?", eventId)
                .orElseThrow();
    }

    @Test
    void aConversionInsideTheWindowIsAttributedToTheClicksEmployeeContentAndPlatform() {
        String key = site(SHOP);
        TestUsers.Session ann = USERS.employee();
        String clickId = click(ann, "linkedin");
        CLOCK.advance(Duration.ofDays(29));
        String eventId = "order-" + UUID.randomUUID();

        Answer first = send(Method.POST, SHOP, key, conversion(clickId, eventId));
        assertThat(first.status(), is(201));
        assertThat(first.body(), containsString("\"attribution\":\"attributed\""));
        assertThat(first.body(), not(containsString(ann.userId())));
        assertThat(first.allowOrigin(), is(SHOP));
        DbRow row = stored(eventId);
        assertThat(Rows.string(row, "user_id"), is(ann.userId()));
        assertThat(Rows.string(row, "platform"), is("linkedin"));
        assertThat(Rows.string(row, "currency"), is("EUR"));
        assertThat(Rows.string(row, "click_id"), is(clickId));

        Answer retry = send(Method.POST, SHOP, key, conversion(clickId, eventId));
        assertThat(retry.status(), is(200));
        assertThat(retry.body(), is(first.body()));
        assertThat(count("event_id", eventId), is(1L));
    }

    @Test
    void aConversionRightAfterTheClickWaitsForTheClickToBeWritten() {
        String key = site(SHOP);
        TestUsers.Session ann = USERS.employee();
        String clickId = pendingClick(ann, "x");
        String eventId = "quick-" + UUID.randomUUID();
        Answer answer = send(Method.POST, SHOP, key, conversion(clickId, eventId));
        assertThat(answer.body(), containsString("\"attribution\":\"attributed\""));
        assertThat(Rows.string(stored(eventId), "user_id"), is(ann.userId()));
    }

    /**
     * A click held longer than the conversion waits for it (here: one no writer of this instance holds, stored later
     * as another instance's writer would store it) leaves the conversion unknown only until LateClicks looks again.
     */
    @Test
    void aConversionWhoseClickIsStoredAfterItIsAttributedLater() {
        String key = site(SHOP);
        TestUsers.Session ann = USERS.employee();
        String code = link(api, ann, CONTENT.published("offer", "https://shop.example.com/offer"), "linkedin");
        String clickId = new io.herald.api.attribution.redirect.ClickIds(CLOCK).next();
        String eventId = "held-" + UUID.randomUUID();

        Answer held = send(Method.POST, SHOP, key, conversion(clickId, eventId));
        assertThat(held.body(), containsString("\"attribution\":\"unknown-click\""));
        assertThat(HERALD.attribution().lateClicks().sweep(), is(0));

        var db = HERALD.database().client().execute();
        String linkId = db.get("SELECT id FROM links WHERE code = ?", code).map(row -> Rows.string(row, "id"))
                .orElseThrow();
        db.dml("INSERT INTO clicks (click_id, link_id, team_id, clicked_at, is_unique, referrer_host, device) "
               + "VALUES (?, ?, NULL, ?, 1, NULL, 'desktop')", clickId, linkId, CLOCK.millis());
        assertThat(HERALD.attribution().lateClicks().sweep(), is(1));
        assertThat(HERALD.attribution().lateClicks().sweep(), is(0));

        assertThat(Rows.string(stored(eventId), "attribution"), is("attributed"));
        assertThat(Rows.string(stored(eventId), "user_id"), is(ann.userId()));
        Answer again = send(Method.POST, SHOP, key, conversion(clickId, eventId));
        assertThat(again.status(), is(200));
        assertThat(again.body(), containsString("\"attribution\":\"attributed\""));
    }

    @Test
    void outsideTheWindowOrWithoutAKnownClickItIsRecordedUnattributed() {
        String key = site(SHOP);
        String clickId = click(USERS.employee(), "x");
        CLOCK.advance(Duration.ofDays(31));

        Answer late = send(Method.POST, SHOP, key, conversion(clickId, "late-" + UUID.randomUUID()));
        assertThat(late.status(), is(201));
        assertThat(late.body(), containsString("\"attribution\":\"outside-window\""));

        Answer unknown = send(Method.POST, SHOP, key, conversion("AAAAAAAAAAAAAAAAAAAAAA", "u-" + UUID.randomUUID()));
        assertThat(unknown.status(), is(201));
        assertThat(unknown.body(), containsString("\"attribution\":\"unknown-click\""));

        Map<String, Object> direct = conversion(null, "direct-" + UUID.randomUUID());
        direct.remove("clickId");
        String eventId = (String) direct.get("eventId");
        Answer noClick = send(Method.POST, SHOP, key, direct);
        assertThat(noClick.body(), containsString("\"attribution\":\"no-click\""));
        assertThat(Rows.optionalString(stored(eventId), "user_id").isPresent(), is(false));
    }

    @Test
    void theSiteKeyIsRequiredAndMustBeCurrent() {
        String key = site(SHOP);
        String eventId = "k-" + UUID.randomUUID();
        assertThat(send(Method.POST, SHOP, null, conversion(null, eventId)).status(), is(401));
        assertThat(send(Method.POST, SHOP, "hsk_wrong", conversion(null, eventId)).status(), is(401));

        Map<String, Object> keyInBody = conversion(null, eventId);
        keyInBody.put("siteKey", key);
        assertThat(send(Method.POST, SHOP, null, keyInBody).status(), is(201));

        Reply sites = api.get("/api/v1/sites", USERS.admin());
        String id = null;
        for (var site : sites.body()) {
            if (site.path("key").asText().equals(key)) {
                id = site.path("id").asText();
            }
        }
        Reply rotated = api.post("/api/v1/sites/" + id + "/key", USERS.admin(), Map.of());
        assertThat(rotated.status(), is(200));
        assertThat(rotated.text("key"), not(key));
        assertThat(send(Method.POST, SHOP, key, conversion(null, "r-" + UUID.randomUUID())).status(), is(401));
        assertThat(send(Method.POST, SHOP, rotated.text("key"), conversion(null, "r-" + UUID.randomUUID())).status(),
                   is(201));
        assertThat(api.delete("/api/v1/sites/" + id, USERS.admin()).status(), is(204));
        assertThat(send(Method.POST, null, rotated.text("key"), conversion(null, "d-" + UUID.randomUUID())).status(),
                   is(401));
    }

    @Test
    void corsIsAnsweredOnlyForTheSitesOrigins() {
        String key = site("https://www.example.org");
        String other = "https://evil.example.net";

        Answer preflight = send(Method.OPTIONS, "https://www.example.org", null, null);
        assertThat(preflight.status(), is(204));
        assertThat(preflight.allowOrigin(), is("https://www.example.org"));

        Answer foreignPreflight = send(Method.OPTIONS, other, null, null);
        assertThat(foreignPreflight.status(), is(403));
        assertThat(foreignPreflight.allowOrigin(), is(""));

        Answer foreign = send(Method.POST, other, key, conversion(null, "o-" + UUID.randomUUID()));
        assertThat(foreign.status(), is(403));
        assertThat(foreign.allowOrigin(), is(""));

        Answer nullOrigin = send(Method.POST, "null", key, conversion(null, "n-" + UUID.randomUUID()));
        assertThat(nullOrigin.status(), is(403));

        String shopKey = site(SHOP);
        Answer wrongSite = send(Method.POST, SHOP, key, conversion(null, "w-" + UUID.randomUUID()));
        assertThat("an origin of another site", wrongSite.status(), is(403));
        assertThat(send(Method.POST, SHOP, shopKey, conversion(null, "s-" + UUID.randomUUID())).status(), is(201));
        Answer noOrigin = send(Method.POST, null, shopKey, conversion(null, "s-" + UUID.randomUUID()));
        assertThat("the public key from a server (no Origin)", noOrigin.status(), is(403));
        assertThat(noOrigin.body(), containsString("secret key"));
    }

    /** Issue 11: a bot visit's hclid, the public key and a made-up value, sent with curl, 300 times. */
    @Test
    void aForgedConversionIsRefused() {
        String key = site(SHOP);
        String hclid = visit(link(api, USERS.employee(), CONTENT.published("offer", "https://shop.example.com/offer"),
                                  "x"), "curl/8.5.0");
        assertThat(HERALD.attribution().clickWriter().flush(Duration.ofSeconds(20)), is(true));
        Map<String, Object> forged = conversion(hclid, "forged-" + UUID.randomUUID());
        forged.put("value", 999999999999L);

        Answer noOrigin = send(Method.POST, null, key, forged);
        assertThat("the public key without an Origin", noOrigin.status(), is(403));
        Answer wrongOrigin = send(Method.POST, "https://evil.example.net", key, forged);
        assertThat("an Origin the site does not allow", wrongOrigin.status(), is(403));
        Answer overCap = send(Method.POST, SHOP, key, forged);
        assertThat("a value over the site's cap", overCap.status(), is(400));
        assertThat(overCap.body(), containsString("\"field\":\"value\""));
        assertThat(overCap.body(), containsString("100000"));
        assertThat("the page can read why", overCap.allowOrigin(), is(SHOP));

        for (int i = 1; i <= 5; i++) {
            Answer allowed = send(Method.POST, SHOP, key, conversion(hclid, "p" + i + "-" + UUID.randomUUID()));
            assertThat("purchase " + i + " of the click", allowed.status(), is(201));
        }
        Answer sixth = send(Method.POST, SHOP, key, conversion(hclid, "p6-" + UUID.randomUUID()));
        assertThat("too many purchases for one click", sixth.status(), is(409));
        assertThat(sixth.body(), containsString("purchase"));
        Map<String, Object> signup = conversion(hclid, "signup-" + UUID.randomUUID());
        signup.put("type", "signup");
        assertThat("another type of the same click", send(Method.POST, SHOP, key, signup).status(), is(201));
        assertThat(count("click_id", hclid), is(6L));
    }

    @Test
    void serversSendConversionsWithTheSecretKeyWhichIsShownOnceAndRotates() {
        Reply created = createSite(SHOP);
        String id = created.text("id");
        String secret = created.text("secretKey");
        assertThat(secret.matches("hss_[0-9A-Za-z]{43}"), is(true));
        assertThat(created.header(HeaderNames.CACHE_CONTROL).orElse(""), is("no-store"));
        Reply read = api.get("/api/v1/sites/" + id, USERS.admin());
        assertThat("shown once", read.body().has("secretKey"), is(false));
        assertThat(read.body().has("secretKeyCreatedAt"), is(true));
        String hash = HERALD.database().client().execute().get("SELECT secret_hash FROM sites WHERE id = ?", id)
                .map(row -> Rows.string(row, "secret_hash")).orElseThrow();
        assertThat("stored hashed", hash, is(io.herald.api.auth.Secrets.hash(secret)));

        Answer fromServer = sendWithSecret(null, secret, conversion(null, "srv-" + UUID.randomUUID()));
        assertThat(fromServer.status(), is(201));
        Answer fromPage = sendWithSecret(SHOP, secret, conversion(null, "srv-" + UUID.randomUUID()));
        assertThat("a secret key from a page", fromPage.status(), is(403));
        Answer asPublicKey = send(Method.POST, SHOP, secret, conversion(null, "srv-" + UUID.randomUUID()));
        assertThat("a secret key where the public one goes", asPublicKey.status(), is(401));
        assertThat(asPublicKey.body(), containsString("Authorization: Bearer"));
        Map<String, Object> overCap = conversion(null, "srv-" + UUID.randomUUID());
        overCap.put("value", 100000.01);
        assertThat("the cap holds for servers too", sendWithSecret(null, secret, overCap).status(), is(400));

        Reply raised = api.put("/api/v1/sites/" + id + "/max-value", USERS.admin(), Map.of("maxValue", 250000));
        assertThat(raised.status(), is(200));
        assertThat(raised.body().path("maxValue").decimalValue().compareTo(new java.math.BigDecimal(250000)), is(0));
        assertThat("under the site's own cap", sendWithSecret(null, secret, overCap).status(), is(201));
        assertThat(api.put("/api/v1/sites/" + id + "/max-value", USERS.admin(), Map.of("maxValue", -1)).field(),
                   is("maxValue"));

        Reply rotated = api.post("/api/v1/sites/" + id + "/secret", USERS.admin(), Map.of());
        assertThat(rotated.status(), is(200));
        String newSecret = rotated.text("secretKey");
        assertThat(newSecret, not(secret));
        assertThat(rotated.text("key"), is(created.text("key")));
        Answer old = sendWithSecret(null, secret, conversion(null, "srv-" + UUID.randomUUID()));
        assertThat("a rotated secret", old.status(), is(401));
        assertThat(sendWithSecret(null, newSecret, conversion(null, "srv-" + UUID.randomUUID())).status(), is(201));
        assertThat(sendWithSecret(null, "hss_wrong", conversion(null, "srv-" + UUID.randomUUID())).status(), is(401));
        assertThat(api.post("/api/v1/sites/" + id + "/secret", USERS.employee(), Map.of()).status(), is(403));
        assertThat(api.delete("/api/v1/sites/" + id, USERS.admin()).status(), is(204));
        assertThat("a deleted site's secret",
                   sendWithSecret(null, newSecret, conversion(null, "srv-" + UUID.randomUUID())).status(), is(401));
    }

    @Test
    void invalidConversionsNameTheField() {
        String key = site(SHOP);
        Map<String, Object> noCurrency = conversion(null, "v-" + UUID.randomUUID());
        noCurrency.remove("currency");
        assertThat(send(Method.POST, SHOP, key, noCurrency).body(), containsString("\"field\":\"currency\""));
        Map<String, Object> badCurrency = conversion(null, "v-" + UUID.randomUUID());
        badCurrency.put("currency", "EURO");
        assertThat(send(Method.POST, SHOP, key, badCurrency).body(), containsString("\"field\":\"currency\""));
        Map<String, Object> badType = conversion(null, "v-" + UUID.randomUUID());
        badType.put("type", "big sale!");
        assertThat(send(Method.POST, SHOP, key, badType).body(), containsString("\"field\":\"type\""));
        Map<String, Object> noEvent = conversion(null, null);
        assertThat(send(Method.POST, SHOP, key, noEvent).body(), containsString("\"field\":\"eventId\""));
        Map<String, Object> negative = conversion(null, "v-" + UUID.randomUUID());
        negative.put("value", -1);
        assertThat(send(Method.POST, SHOP, key, negative).body(), containsString("\"field\":\"value\""));
    }

    @Test
    void sitesAreForAdminsAndTheirOriginsAreValidated() {
        TestUsers.Session admin = USERS.admin();
        assertThat(api.post("/api/v1/sites", USERS.employee(), Map.of("name", "x", "allowedOrigins", List.of(SHOP)))
                           .status(), is(403));
        Reply created = api.post("/api/v1/sites", admin, Map.of("name", "Blog", "allowedOrigins",
                                                                List.of("HTTPS://Blog.Example.com:443/", SHOP)));
        assertThat(created.status(), is(201));
        assertThat(created.body().path("allowedOrigins").get(0).asText(), is("https://blog.example.com"));
        assertThat(created.text("key").matches("hsk_[0-9A-Za-z]{32}"), is(true));
        Reply withPath = api.post("/api/v1/sites", admin, Map.of("name", "x", "allowedOrigins",
                                                                 List.of(SHOP, "https://a.example.com/path")));
        assertThat(withPath.status(), is(400));
        assertThat(withPath.text("field"), is("allowedOrigins[1]"));
        assertThat(api.post("/api/v1/sites", admin, Map.of("name", "x", "allowedOrigins", List.of())).text("field"),
                   is("allowedOrigins"));
        for (String name : new String[] {"Shop\u0000", "\u001b[31mShop", "Sh\u007fop"}) {
            Reply control = api.post("/api/v1/sites", admin, Map.of("name", name, "allowedOrigins", List.of(SHOP)));
            assertThat(control.status(), is(400));
            assertThat(control.text("field"), is("name"));
        }
    }

    @Test
    void theSnippetIsServedWithThisDeploymentsEndpointAndWindow() {
        try (Http1ClientResponse res = client.get("/snippet/herald.js").request()) {
            assertThat(res.status().code(), is(200));
            assertThat(res.headers().contentType().orElseThrow().text(), containsString("text/javascript"));
            String script = res.as(String.class);
            assertThat(script, containsString("var ENDPOINT = \"https://go.example.com/api/v1/conversions\";"));
            assertThat(script, containsString("var WINDOW_MS = " + Duration.ofDays(30).toMillis() + ";"));
            assertThat(script, containsString("data-site-key"));
            assertThat(script, containsString("hclid"));
        }
    }
}
