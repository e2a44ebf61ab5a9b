package io.herald.api.analytics;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.herald.api.Herald;
import io.herald.api.TestCalls.Caller;
import io.herald.api.TestCalls.Reply;
import io.herald.api.TestCalls;
import io.herald.api.TestUsers;
import io.herald.api.attribution.TestLinks;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.webclient.http1.Http1Client;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

/** Builds analytics data the way production does: through the API, the redirect and the click writer. */
final class AnalyticsCalls {
    static final String SHOP = "https://shop.example.com";

    private final Herald herald;
    final TestCalls api;

    AnalyticsCalls(Herald herald, Http1Client client) {
        this.herald = herald;
        this.api = new TestCalls(client);
    }

    /** A browser's user agent; a different {@code n} is a different visitor (the address is always loopback). */
    static String browser(int n) {
        return "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0."
               + n + ".0 Safari/537.36";
    }

    String content(TestUsers.Session admin, String title, String kind) {
        Reply reply = api.post("/api/v1/content", admin, Map.of(
                "title", title, "canonicalUrl", "https://example.com/news/" + UUID.randomUUID(),
                "status", "published", "kind", kind));
        assertThat(reply.body().toString(), reply.status(), is(201));
        return reply.text("id");
    }

    String link(TestUsers.Session employee, String contentId, String platform) {
        return TestLinks.link(api, employee, contentId, platform);
    }

    /** A person's visit through the link; returns the click id (hclid). */
    String click(String code, String userAgent) {
        Reply reply = api.get("/r/" + code, Caller.ANONYMOUS, HeaderValues.create(HeaderNames.USER_AGENT, userAgent));
        assertThat(reply.status(), is(302));
        String location = reply.header(HeaderNames.LOCATION).orElseThrow();
        return location.substring(location.indexOf("hclid=") + 6);
    }

    /** A link-preview fetcher's visit. */
    void botVisit(String code) {
        assertThat(api.get("/r/" + code, Caller.ANONYMOUS,
                           HeaderValues.create(HeaderNames.USER_AGENT, "facebookexternalhit/1.1")).status(), is(302));
    }

    /** Stores every visit made so far, as the writer would within a moment. */
    void flush() {
        assertThat(herald.attribution().clickWriter().flush(Duration.ofSeconds(20)), is(true));
    }

    String share(TestUsers.Session employee, String code, String platform, Instant postedAt, String fingerprint,
                 Map<String, Integer> findings) {
        Reply reply = api.post("/api/v1/shares", employee, shareBody(code, platform, postedAt, fingerprint, findings));
        assertThat(reply.body().toString(), reply.status(), is(201));
        return reply.text("id");
    }

    /** A new share's body (a new id each time; send the same body again for a retry). */
    static Map<String, Object> shareBody(String code, String platform, Instant postedAt, String fingerprint,
                                         Map<String, Integer> findings) {
        Map<String, Object> body = new HashMap<>();
        body.put("id", UUID.randomUUID().toString());
        body.put("linkCode", code);
        body.put("platform", platform);
        body.put("postedAt", postedAt.toString());
        body.put("ownWords", new BigDecimal("0.5"));
        body.put("findings", findings);
        if (fingerprint != null) {
            body.put("fingerprint", fingerprint);
        }
        return body;
    }

    /** A new site; its secret key, which the shop's server sends conversions with. */
    String site(TestUsers.Session admin) {
        Reply reply = api.post("/api/v1/sites", admin, Map.of("name", "Shop", "allowedOrigins", List.of(SHOP)));
        assertThat(reply.status(), is(201));
        return reply.text("secretKey");
    }

    /** A conversion as the shop's server reports it: the site's secret key as a bearer token. */
    void conversion(String secretKey, String clickId, String value, String currency) {
        Map<String, Object> body = new HashMap<>();
        body.put("clickId", clickId);
        body.put("type", "purchase");
        body.put("value", new BigDecimal(value));
        body.put("currency", currency);
        body.put("eventId", UUID.randomUUID().toString());
        Reply reply = api.post("/api/v1/conversions", TestCalls.Caller.authorization("Bearer " + secretKey), body);
        assertThat(reply.bodyText(), reply.status(), is(201));
    }

    /** A fresh access token for someone signed in earlier (the test clock moved past their token's lifetime). */
    TestUsers.Session renewed(TestUsers.Session session) {
        return new TestUsers.Session(session.userId(), session.email(), session.role(), session.teamId(),
                                     herald.auth().accessTokens().issue(session.userId(), session.role()).token());
    }
}
