package io.herald.api.attribution.shares;

import java.time.Clock;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.herald.api.Herald;
import io.herald.api.TestCalls.Reply;
import io.herald.api.TestCalls;
import io.herald.api.TestHerald;
import io.herald.api.TestServer;
import io.herald.api.TestUsers;
import io.herald.api.attribution.TestContent;
import io.herald.api.db.Rows;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static io.herald.api.attribution.TestLinks.link;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

@ServerTest
class ShareServiceTest {
    private static final Herald HERALD = TestHerald.start(Map.of(), Clock.systemUTC());
    private static final TestContent CONTENT = new TestContent(HERALD);
    private static final TestUsers USERS = new TestUsers(HERALD);

    private final TestCalls api;

    ShareServiceTest(Http1Client client) {
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

    static Map<String, Object> share(String id, String linkCode, String platform) {
        Map<String, Object> body = new HashMap<>();
        body.put("id", id);
        body.put("linkCode", linkCode);
        body.put("platform", platform);
        body.put("postedAt", "2026-03-10T09:30:00Z");
        body.put("ownWords", 0.42);
        body.put("findings", Map.of("no-superlatives", 2, "hashtag-limit", 1));
        body.put("fingerprint", "f1e2d3c4b5a6");
        body.put("postUrl", "https://www.linkedin.com/feed/update/urn:li:activity:7");
        body.put("text", "So proud of our launch!");
        return body;
    }

    private static long count(String sql, Object... params) {
        return HERALD.database().client().execute().get(sql, params).map(row -> Rows.number(row, "n")).orElseThrow();
    }

    @Test
    void aRetryReturnsTheFirstResultAndNeverADuplicate() {
        TestUsers.Session ann = USERS.employee();
        String content = CONTENT.published("launch", "https://example.com/l");
        String code = link(api, ann, content, "linkedin");
        String id = UUID.randomUUID().toString();

        Reply first = api.post("/api/v1/shares", ann, share(id, code, "linkedin"));
        assertThat(first.status(), is(201));
        assertThat(first.text("contentId"), is(content));
        assertThat(first.text("linkCode"), is(code));
        assertThat(first.body().path("findings").path("no-superlatives").asInt(), is(2));
        assertThat(first.body().path("ownWords").asDouble(), is(0.42));
        assertThat(first.body().has("text"), is(false));

        Reply retry = api.post("/api/v1/shares", ann, share(id, code, "linkedin"));
        assertThat(retry.status(), is(200));
        assertThat(retry.body(), is(first.body()));
        assertThat(count("SELECT COUNT(*) AS n FROM shares WHERE id = ?", id), is(1L));
        assertThat(count("SELECT COUNT(*) AS n FROM share_findings WHERE share_id = ?", id), is(2L));
        assertThat("text is not stored by default",
                   count("SELECT COUNT(*) AS n FROM shares WHERE id = ? AND post_text IS NULL", id), is(1L));
        assertThat(api.get("/api/v1/shares/" + id, ann).body(), is(first.body()));
    }

    @Test
    void concurrentRetriesRecordOneShare() throws Exception {
        TestUsers.Session ann = USERS.employee();
        String code = link(api, ann, CONTENT.published("burst", "https://example.com/b"), "x");
        String id = UUID.randomUUID().toString();
        Callable<Integer> send = () -> api.post("/api/v1/shares", ann, share(id, code, "x")).status();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Integer>> statuses = pool.invokeAll(Collections.nCopies(6, send));
            int created = 0;
            for (Future<Integer> status : statuses) {
                assertThat(status.get() == 200 || status.get() == 201, is(true));
                created += status.get() == 201 ? 1 : 0;
            }
            assertThat(created, is(1));
        } finally {
            pool.shutdownNow();
        }
        assertThat(count("SELECT COUNT(*) AS n FROM shares WHERE id = ?", id), is(1L));
    }

    @Test
    void theSameIdForADifferentShareOrPersonIsAConflict() {
        TestUsers.Session ann = USERS.employee();
        String code = link(api, ann, CONTENT.published("clash", "https://example.com/c"), "x");
        String id = UUID.randomUUID().toString();
        assertThat(api.post("/api/v1/shares", ann, share(id, code, "x")).status(), is(201));

        Map<String, Object> changed = share(id, code, "x");
        changed.put("ownWords", 0.9);
        assertThat(api.post("/api/v1/shares", ann, changed).status(), is(409));

        TestUsers.Session bob = USERS.employee();
        String bobsCode = link(api, bob, CONTENT.published("bob", "https://example.com/bob"), "x");
        assertThat(api.post("/api/v1/shares", bob, share(id, bobsCode, "x")).status(), is(409));
        assertThat(api.get("/api/v1/shares/" + id, bob).status(), is(404));
    }

    @Test
    void aShareByContentUsesTheEmployeesLinkWhenThereIsOne() {
        TestUsers.Session ann = USERS.employee();
        String content = CONTENT.published("by-content", "https://example.com/bc");
        String code = link(api, ann, content, "x");
        Map<String, Object> byContent = share(UUID.randomUUID().toString(), null, "x");
        byContent.remove("linkCode");
        byContent.put("contentId", content);
        Reply reply = api.post("/api/v1/shares", ann, byContent);
        assertThat(reply.status(), is(201));
        assertThat(reply.text("linkCode"), is(code));

        Map<String, Object> noLink = share(UUID.randomUUID().toString(), null, "linkedin");
        noLink.remove("linkCode");
        noLink.put("contentId", content);
        Reply unlinked = api.post("/api/v1/shares", ann, noLink);
        assertThat(unlinked.status(), is(201));
        assertThat(unlinked.body().has("linkCode"), is(false));

        noLink.put("id", UUID.randomUUID().toString());
        noLink.put("contentId", "no-such-content");
        assertThat(api.post("/api/v1/shares", ann, noLink).status(), is(404));
    }

    @Test
    void onlyTheEmployeesOwnLinkOnItsPlatform() {
        TestUsers.Session ann = USERS.employee();
        String content = CONTENT.published("mine", "https://example.com/m");
        String annsCode = link(api, ann, content, "x");
        TestUsers.Session bob = USERS.employee();
        assertThat(api.post("/api/v1/shares", bob, share(UUID.randomUUID().toString(), annsCode, "x")).status(),
                   is(404));
        Reply wrongPlatform = api.post("/api/v1/shares", ann, share(UUID.randomUUID().toString(), annsCode, "linkedin"));
        assertThat(wrongPlatform.status(), is(400));
        assertThat(wrongPlatform.text("field"), is("platform"));
    }

    /**
     * Issue 11: 2,048 characters passed the old length check, but a non-ASCII URL of that length is up to 8 KB in
     * AL32UTF8 and Oracle refused it (ORA-12899, a 500). postUrl follows the rule of every stored URL now.
     */
    @Test
    void thePostUrlIsHeldToTheRuleOfStoredUrls() {
        TestUsers.Session ann = USERS.employee();
        String code = link(api, ann, CONTENT.published("post-url", "https://example.com/p"), "linkedin");
        Map<String, Object> nonAscii = share(UUID.randomUUID().toString(), code, "linkedin");
        nonAscii.put("postUrl", "https://www.linkedin.com/feed/" + "ä".repeat(2000));
        Reply refused = api.post("/api/v1/shares", ann, nonAscii);
        assertThat(refused.status(), is(400));
        assertThat(refused.field(), is("postUrl"));
        assertThat(refused.detail(), containsString("ASCII"));

        for (String bad : new String[] {"javascript:alert(1)", "https://user@www.linkedin.com/x", "//x.com/a",
                                        "https://www.linkedin.com/" + "a".repeat(2048)}) {
            Map<String, Object> body = share(UUID.randomUUID().toString(), code, "linkedin");
            body.put("postUrl", bad);
            assertThat(bad, api.post("/api/v1/shares", ann, body).field(), is("postUrl"));
        }
        Map<String, Object> encoded = share(UUID.randomUUID().toString(), code, "linkedin");
        encoded.put("postUrl", "https://www.linkedin.com/feed/" + "%C3%A4".repeat(300));
        assertThat("percent-encoded, as a browser sends it", api.post("/api/v1/shares", ann, encoded).status(),
                   is(201));
    }

    @Test
    void invalidSharesNameTheField() {
        TestUsers.Session ann = USERS.employee();
        Map<String, Object> tooMuch = share(UUID.randomUUID().toString(), "AAAAAAAAAA", "x");
        tooMuch.put("ownWords", 1.5);
        assertThat(api.post("/api/v1/shares", ann, tooMuch).text("field"), is("ownWords"));

        Map<String, Object> badId = share("not-a-uuid", "AAAAAAAAAA", "x");
        assertThat(api.post("/api/v1/shares", ann, badId).text("field"), is("id"));

        Map<String, Object> negative = share(UUID.randomUUID().toString(), "AAAAAAAAAA", "x");
        negative.put("findings", Map.of("no-superlatives", -1));
        assertThat(api.post("/api/v1/shares", ann, negative).text("field"), is("findings.no-superlatives"));

        Map<String, Object> nothing = share(UUID.randomUUID().toString(), null, "x");
        nothing.remove("linkCode");
        Reply neither = api.post("/api/v1/shares", ann, nothing);
        assertThat(neither.status(), is(400));
        assertThat(neither.text("field"), is("linkCode"));

        Map<String, Object> noDate = share(UUID.randomUUID().toString(), "AAAAAAAAAA", "x");
        noDate.remove("postedAt");
        assertThat(api.post("/api/v1/shares", ann, noDate).text("field"), is("postedAt"));

        Map<String, Object> future = share(UUID.randomUUID().toString(), "AAAAAAAAAA", "x");
        future.put("postedAt", "2999-01-01T00:00:00Z");
        assertThat(api.post("/api/v1/shares", ann, future).text("field"), is("postedAt"));

        // Past the range of epoch milliseconds, before Herald existed, or a bare number of unknown unit.
        for (Object postedAt : new Object[] {"+1000000000-01-01T00:00:00Z", "1999-12-31T23:59:59Z", 1767225600L}) {
            Map<String, Object> odd = share(UUID.randomUUID().toString(), "AAAAAAAAAA", "x");
            odd.put("postedAt", postedAt);
            Reply reply = api.post("/api/v1/shares", ann, odd);
            assertThat(String.valueOf(postedAt), reply.status(), is(400));
            assertThat(String.valueOf(postedAt), reply.text("field"), is("postedAt"));
        }
        Map<String, Object> tiny = share(UUID.randomUUID().toString(), "AAAAAAAAAA", "x");
        tiny.put("ownWords", new java.math.BigDecimal("1e-999999999"));
        Reply tinyReply = api.post("/api/v1/shares", ann, tiny);
        assertThat(tinyReply.status(), is(400));
        assertThat(tinyReply.text("field"), is("ownWords"));
    }
}
