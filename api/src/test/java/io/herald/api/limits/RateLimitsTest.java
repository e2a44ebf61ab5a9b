package io.herald.api.limits;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.herald.api.Herald;
import io.herald.api.TestCalls;
import io.herald.api.TestCalls.Caller;
import io.herald.api.TestCalls.Reply;
import io.herald.api.TestClock;
import io.herald.api.TestHerald;
import io.herald.api.TestServer;
import io.herald.api.TestUsers;
import io.herald.api.attribution.TestContent;
import io.helidon.http.Header;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/**
 * Every rate limit answers 429 with Retry-After and a problem body once its bucket is empty, and lets the next request
 * through once the clock has moved on by that long (a {@link TestClock}: nothing sleeps). Herald trusts one proxy here,
 * so each test speaks from addresses of its own through X-Forwarded-For and the tests do not share buckets.
 */
@ServerTest
class RateLimitsTest {
    private static final String SHOP = "https://shop.example.com";
    private static final TestClock CLOCK = new TestClock(Instant.parse("2026-05-04T09:00:00Z"));
    private static final Herald HERALD = TestHerald.start(Map.ofEntries(
            Map.entry("herald.http.forwarded-for-hops", "1"),
            Map.entry("herald.limits.redeem.per-address", "3/PT1M"),
            Map.entry("herald.limits.refresh.per-address", "3/PT1M"),
            Map.entry("herald.limits.lint.per-address", "4/PT1M"),
            Map.entry("herald.limits.lint.per-user", "2/PT1M"),
            Map.entry("herald.limits.links.per-address", "4/PT1M"),
            Map.entry("herald.limits.links.per-user", "2/PT1M"),
            Map.entry("herald.limits.conversions.per-address", "3/PT1M"),
            Map.entry("herald.limits.conversions.per-key", "5/PT1M"),
            Map.entry("herald.limits.unknown-codes.per-address", "2/PT1M")), CLOCK);
    private static final TestContent CONTENT = new TestContent(HERALD);
    private static final TestUsers USERS = new TestUsers(HERALD);
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    private final TestCalls api;

    RateLimitsTest(Http1Client client) {
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

    /** A client address no other call of this class uses, as the proxy would append it. */
    private static Header newAddress() {
        return HeaderValues.create(HeaderNames.X_FORWARDED_FOR, "198.51.100." + ADDRESSES.incrementAndGet());
    }

    /**
     * {@code allowed} calls go through (whatever they answer), the next is a 429 problem with Retry-After, and after
     * that long one more goes through. Returns the 429.
     */
    private static Reply assertLimited(int allowed, Supplier<Reply> call) {
        for (int i = 1; i <= allowed; i++) {
            Reply reply = call.get();
            assertThat("call " + i + " of " + allowed + ": " + reply, reply.status(), not(429));
        }
        Reply refused = call.get();
        assertThat(refused.toString(), refused.status(), is(429));
        assertThat(refused.header(HeaderNames.CONTENT_TYPE).orElseThrow(), startsWith("application/problem+json"));
        assertThat(refused.body().path("status").asInt(), is(429));
        assertThat(refused.body().path("title").asText(), is("Too Many Requests"));
        long retryAfter = Long.parseLong(refused.header(HeaderNames.RETRY_AFTER).orElseThrow());
        assertThat(retryAfter, greaterThanOrEqualTo(1L));
        CLOCK.advance(Duration.ofSeconds(retryAfter));
        Reply after = call.get();
        assertThat("after Retry-After: " + after, after.status(), not(429));
        return refused;
    }

    @Test
    void redeemIsLimitedPerAddress() {
        Header address = newAddress();
        Map<String, String> guess = Map.of("code", "not-a-code", "displayName", "Guesser");
        Reply refused = assertLimited(3, () -> api.post("/api/v1/auth/redeem", Caller.ANONYMOUS, guess, address));
        assertThat(refused.detail(), containsString("from this address"));
        assertThat("another address", api.post("/api/v1/auth/redeem", Caller.ANONYMOUS, guess, newAddress()).status(),
                   is(401));
    }

    @Test
    void refreshIsLimitedPerAddress() {
        Header address = newAddress();
        Map<String, String> guess = Map.of("refreshToken", "guessed");
        assertLimited(3, () -> api.post("/api/v1/auth/refresh", Caller.ANONYMOUS, guess, address));
        assertThat(api.post("/api/v1/auth/refresh", Caller.ANONYMOUS, guess, newAddress()).status(), is(401));
    }

    @Test
    void lintIsLimitedPerUserAndPerAddress() {
        Map<String, String> draft = Map.of("text", "A draft.", "platform", "linkedin");
        TestUsers.Session ann = USERS.employee();
        Reply perUser = assertLimited(2, () -> api.post("/api/v1/lint", ann, draft, newAddress()));
        assertThat(perUser.detail(), containsString("for this user"));

        Header office = newAddress();
        Reply perAddress = assertLimited(4, () -> api.post("/api/v1/lint", USERS.employee(), draft, office));
        assertThat(perAddress.detail(), containsString("from this address"));
    }

    @Test
    void linkMintingIsLimitedPerUserAndPerAddress() {
        TestUsers.Session ann = USERS.employee();
        Reply perUser = assertLimited(2, () -> api.post("/api/v1/links", ann, Map.of(
                "contentId", CONTENT.published("item-" + UUID.randomUUID(), "https://www.example.com/a"),
                "platform", "x"), newAddress()));
        assertThat(perUser.detail(), containsString("for this user"));

        Header office = newAddress();
        String item = CONTENT.published("item-" + UUID.randomUUID(), "https://www.example.com/b");
        assertLimited(4, () -> api.post("/api/v1/links", USERS.employee(), Map.of("contentId", item, "platform",
                                                                                  "linkedin"), office));
    }

    private String siteKey() {
        return api.post("/api/v1/sites", USERS.admin(), Map.of("name", "Shop", "allowedOrigins", List.of(SHOP)))
                .text("key");
    }

    private Reply convert(String key, Header address) {
        return api.post("/api/v1/conversions", Caller.ANONYMOUS,
                        Map.of("type", "signup", "eventId", UUID.randomUUID().toString()), address,
                        HeaderValues.create(HeaderNames.ORIGIN, SHOP),
                        HeaderValues.create(HeaderNames.create("X-Herald-Site-Key"), key));
    }

    @Test
    void conversionsAreLimitedPerAddressAndPerKey() {
        String key = siteKey();
        Header visitor = newAddress();
        Reply perAddress = assertLimited(3, () -> convert(key, visitor));
        assertThat(perAddress.detail(), containsString("from this address"));

        String busy = siteKey();
        Reply perKey = assertLimited(5, () -> convert(busy, newAddress()));
        assertThat(perKey.detail(), containsString("for this key"));
    }

    @Test
    void theRedirectsLookUpsOfUnknownCodesAreLimitedPerAddress() {
        Header scanner = newAddress();
        AtomicInteger guesses = new AtomicInteger();
        Supplier<Reply> guess = () -> api.get("/r/Zz" + String.format("%08d", guesses.incrementAndGet()),
                                              Caller.ANONYMOUS, scanner);
        assertLimited(2, guess);
        // The code just looked up is answered from memory (for herald.redirect.unknown-code-ttl), which costs the
        // database nothing: no limit.
        String known = "/r/Zz" + String.format("%08d", guesses.get());
        for (int i = 0; i < 5; i++) {
            assertThat(api.get(known, Caller.ANONYMOUS, scanner).status(), is(404));
        }
        // A malformed code is never looked up either.
        assertThat(api.get("/r/not-a-code!", Caller.ANONYMOUS, scanner).status(), is(404));
    }

    @Test
    void refusalsAreCountedInTheMetrics() {
        Header address = newAddress();
        Map<String, String> guess = Map.of("refreshToken", "guessed");
        assertLimited(3, () -> api.post("/api/v1/auth/refresh", Caller.ANONYMOUS, guess, address));
        Reply metrics = api.get("/observe/metrics", Caller.ANONYMOUS, HeaderValues.create(HeaderNames.ACCEPT,
                                                                                          "text/plain"));
        assertThat(metrics.status(), is(200));
        Matcher refresh = Pattern.compile("herald_rate_limited_total\\{[^}]*target=\"refresh\"[^}]*} ([0-9.]+)")
                .matcher(metrics.bodyText());
        assertThat(metrics.bodyText(), refresh.find(), is(true));
        assertThat(Double.parseDouble(refresh.group(1)), greaterThanOrEqualTo(1.0));
        assertThat(metrics.bodyText(), containsString("per=\"address\""));
    }
}
