package io.herald.api.attribution.redirect;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import io.herald.api.Herald;
import io.herald.api.TestCalls;
import io.herald.api.TestCalls.Caller;
import io.herald.api.TestCalls.Reply;
import io.herald.api.TestHerald;
import io.herald.api.TestServer;
import io.herald.api.TestUsers;
import io.herald.api.attribution.TestContent;
import io.herald.api.db.Rows;
import io.helidon.dbclient.DbRow;
import io.helidon.http.Header;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.http.Method;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webserver.WebServer;
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
import static org.hamcrest.Matchers.startsWith;

@ServerTest
class RedirectServiceTest {
    static final String CHROME = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                                 + "Chrome/126.0.0.0 Safari/537.36";
    static final String IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 "
                                 + "(KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";
    private static final Herald HERALD = TestHerald.start(Map.of(), Clock.systemUTC());
    private static final TestContent CONTENT = new TestContent(HERALD);
    private static final TestUsers USERS = new TestUsers(HERALD);

    private final TestCalls api;
    private final int port;

    RedirectServiceTest(Http1Client client, WebServer server) {
        this.port = server.port();
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

    record Visit(int status, String location, String cacheControl, String referrerPolicy, String robotsTag) {
    }

    private Visit visit(Method method, String code, String userAgent, Optional<String> referrer) {
        Header[] headers = referrer.isPresent()
                ? new Header[]{HeaderValues.create(HeaderNames.USER_AGENT, userAgent),
                               HeaderValues.create(HeaderNames.REFERER, referrer.get())}
                : new Header[]{HeaderValues.create(HeaderNames.USER_AGENT, userAgent)};
        Reply reply = api.send(method, "/r/" + code, Caller.ANONYMOUS, Optional.empty(), headers);
        return new Visit(reply.status(), reply.header(HeaderNames.LOCATION).orElse(""),
                         reply.header(HeaderNames.CACHE_CONTROL).orElse(""),
                         reply.header(HeaderNames.create("Referrer-Policy")).orElse(""),
                         reply.header(HeaderNames.create("X-Robots-Tag")).orElse(""));
    }

    private Visit visit(String code, String userAgent) {
        return visit(Method.GET, code, userAgent, Optional.empty());
    }

    private static void flush() {
        assertThat(HERALD.attribution().clickWriter().flush(Duration.ofSeconds(20)), is(true));
    }

    private static long count(String sql, Object... params) {
        return HERALD.database().client().execute().get(sql, params)
                .map(row -> Rows.number(row, "n")).orElseThrow();
    }

    @Test
    void redirectsToTheContentWithTrackingParametersAndAFreshClickId() {
        String content = CONTENT.published("spring-launch", "https://example.com/blog/launch?lang=fr#intro");
        TestUsers.Session ann = USERS.employee();
        String code = link(api, ann, content, "linkedin");

        Visit first = visit(code, CHROME);
        assertThat(first.status(), is(302));
        assertThat(first.location(), startsWith("https://example.com/blog/launch?lang=fr&utm_source=linkedin"
                                                + "&utm_medium=employee_advocacy&utm_campaign=spring-launch"
                                                + "&utm_content=" + code + "&hclid="));
        assertThat(first.location().endsWith("#intro"), is(true));
        String clickId = clickId(first.location());
        assertThat(clickId.matches("[A-Za-z0-9]{22}"), is(true));
        assertThat(first.location(), not(containsString(ann.email())));
        assertThat(first.cacheControl(), is("no-store"));
        assertThat(first.referrerPolicy(), is("strict-origin-when-cross-origin"));
        assertThat(first.robotsTag(), is("noindex"));

        Visit second = visit(code, CHROME);
        assertThat(clickId(second.location()), not(clickId));
    }

    @Test
    void anUnknownCodeIsNotFoundAndNeverARedirect() {
        for (String code : new String[]{"Zz9Zz9Zz9Z", "short", "bad-code!!", "x".repeat(40)}) {
            Reply reply = api.get("/r/" + code, Caller.ANONYMOUS);
            assertThat(code, reply.status(), is(404));
            assertThat(reply.header(HeaderNames.LOCATION).isPresent(), is(false));
            assertThat(reply.header(HeaderNames.CONTENT_TYPE).orElseThrow(), containsString("problem+json"));
        }
    }

    @Test
    void onlyTheCodeItselfRedirects() {
        String content = CONTENT.published("paths", "https://example.com/paths");
        String code = link(api, USERS.employee(), content, "x");
        assertThat(visit(code, CHROME).status(), is(302));
        for (String path : new String[]{"/r/" + code + "/more", "/r/" + code + "/", "/r/more/" + code, "/r/", "/r"}) {
            Reply reply = api.get(path, Caller.ANONYMOUS);
            assertThat(path, reply.status(), is(404));
            assertThat(path, reply.header(HeaderNames.LOCATION).isPresent(), is(false));
        }
    }

    @Test
    void linksKeepWorkingAfterTheirContentIsArchived() {
        String content = CONTENT.published("old-news", "https://example.com/old");
        String code = link(api, USERS.employee(), content, "x");
        CONTENT.archive(content);
        HERALD.attribution().contentChanged(content);
        assertThat(visit(code, CHROME).status(), is(302));
        assertThat(visit(code, CHROME).location(), startsWith("https://example.com/old?utm_source=x&"));
    }

    @Test
    void clicksAreRecordedWithDeviceAndReferrerHostOnly() {
        String content = CONTENT.published("devices", "https://example.com/d");
        TestUsers.Session ann = USERS.employee();
        String code = link(api, ann, content, "linkedin");
        String clickId = clickId(visit(Method.GET, code, IPHONE,
                                       Optional.of("https://www.linkedin.com/feed/update/urn:li:activity:1?x=secret"))
                                         .location());
        flush();
        DbRow click = HERALD.database().client().execute()
                .get("SELECT c.*, l.user_id, l.content_id, l.platform, l.code FROM clicks c JOIN links l "
                     + "ON l.id = c.link_id WHERE c.click_id = ?", clickId)
                .orElseThrow();
        assertThat(Rows.string(click, "device"), is("mobile"));
        assertThat(Rows.string(click, "referrer_host"), is("www.linkedin.com"));
        assertThat(Rows.string(click, "user_id"), is(ann.userId()));
        assertThat(Rows.string(click, "content_id"), is(content));
        assertThat(Rows.string(click, "platform"), is("linkedin"));
        assertThat(Rows.string(click, "code"), is(code));
        long visitors = HERALD.database().client().execute()
                .get("SELECT COUNT(*) AS n FROM unique_visitors WHERE link_id = ? AND LENGTH(visitor_hash) = 64",
                     Rows.string(click, "link_id")).map(row -> Rows.number(row, "n")).orElseThrow();
        assertThat(visitors, is(1L));
    }

    @Test
    void botsAndHeadRequestsGetTheRedirectButAreBotVisitsNeverClicks() throws IOException {
        String content = CONTENT.published("cards", "https://example.com/c");
        String code = link(api, USERS.employee(), content, "linkedin");
        String linkId = linkId(code);

        assertThat(visit(code, "LinkedInBot/1.0 (compatible; Mozilla/5.0; Apache-HttpClient +http://www.linkedin.com)")
                           .status(), is(302));
        assertThat(visit(code, "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)").status(), is(302));
        assertThat(getWithoutUserAgent("/r/" + code), startsWith("HTTP/1.1 302"));
        Visit head = visit(Method.HEAD, code, CHROME, Optional.empty());
        assertThat(head.status(), is(302));
        assertThat(head.location(), startsWith("https://example.com/c?utm_source=linkedin"));
        visit(code, CHROME);
        flush();

        assertThat(count("SELECT COUNT(*) AS n FROM clicks WHERE link_id = ?", linkId), is(1L));
        assertThat(count("SELECT COUNT(*) AS n FROM bot_visits WHERE link_id = ?", linkId), is(4L));
        assertThat(count("SELECT COUNT(*) AS n FROM bot_visits WHERE link_id = ? AND reason = 'head'", linkId), is(1L));
        assertThat(count("SELECT COUNT(*) AS n FROM bot_visits WHERE link_id = ? AND reason = 'no-user-agent'", linkId),
                   is(1L));
        assertThat(count("SELECT bot_visits AS n FROM click_daily WHERE link_id = ?", linkId), is(4L));
    }

    @Test
    void aVisitorIsCountedOnceAsUniquePerLinkAndDay() {
        String content = CONTENT.published("uniques", "https://example.com/u");
        String code = link(api, USERS.employee(), content, "x");
        String other = link(api, USERS.employee(), content, "x");
        String linkId = linkId(code);

        visit(code, CHROME);
        visit(code, CHROME);
        visit(code, IPHONE);
        visit(other, CHROME);
        flush();
        visit(code, CHROME);
        flush();

        assertThat(count("SELECT COUNT(*) AS n FROM clicks WHERE link_id = ?", linkId), is(4L));
        assertThat(count("SELECT COUNT(*) AS n FROM clicks WHERE link_id = ? AND is_unique = 1", linkId), is(2L));
        assertThat(count("SELECT COUNT(*) AS n FROM clicks WHERE link_id = ? AND is_unique = 1", linkId(other)),
                   is(1L));
        assertThat(count("SELECT clicks AS n FROM click_daily WHERE link_id = ?", linkId), is(4L));
        assertThat(count("SELECT unique_clicks AS n FROM click_daily WHERE link_id = ?", linkId), is(2L));
    }

    /** The team at the time: a team change during a day leaves that day's earlier clicks with the team before. */
    @Test
    void aDaysClicksStayWithTheTeamOfTheirTime() {
        String before = USERS.team("Before");
        String after = USERS.team("After");
        TestUsers.Session dana = USERS.employee(before);
        String code = link(api, dana, CONTENT.published("team-move", "https://example.com/move"), "x");
        visit(code, CHROME);
        visit(code, IPHONE);
        flush();
        HERALD.database().client().execute().update("UPDATE users SET team_id = ? WHERE id = ?", after, dana.userId());
        assertThat(HERALD.attribution().linkOwnersChanged(Duration.ofSeconds(20)), is(true));
        visit(code, CHROME);
        flush();

        String daily = "SELECT COALESCE(SUM(clicks), 0) AS n FROM click_daily WHERE link_id = ? AND team_id = ?";
        assertThat(count(daily, linkId(code), before), is(2L));
        assertThat(count(daily, linkId(code), after), is(1L));
        assertThat(count("SELECT COALESCE(SUM(unique_clicks), 0) AS n FROM click_daily WHERE link_id = ?", linkId(code)),
                   is(2L));
        String teamDaily = "SELECT COALESCE(SUM(clicks), 0) AS n FROM click_team_daily WHERE team_key = ?";
        assertThat(count(teamDaily, before), is(2L));
        assertThat(count(teamDaily, after), is(1L));
    }

    @Test
    void forwardedForIsIgnoredUnlessTrusted() {
        String content = CONTENT.published("proxy", "https://example.com/p");
        String code = link(api, USERS.employee(), content, "x");
        for (String forwarded : new String[]{"203.0.113.1", "203.0.113.2"}) {
            assertThat(api.get("/r/" + code, Caller.ANONYMOUS, HeaderValues.create(HeaderNames.USER_AGENT, CHROME),
                               HeaderValues.create(HeaderNames.X_FORWARDED_FOR, forwarded)).status(), is(302));
        }
        flush();
        assertThat("both from 127.0.0.1: one visitor",
                   count("SELECT COUNT(*) AS n FROM clicks WHERE link_id = ? AND is_unique = 1", linkId(code)),
                   is(1L));
    }

    /** The status line of a GET sent without a User-Agent header (Helidon's client always adds one). */
    private String getWithoutUserAgent(String path) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                                                   .getBytes(StandardCharsets.US_ASCII));
            return new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                                                                            StandardCharsets.ISO_8859_1)).readLine();
        }
    }

    static String clickId(String location) {
        int start = location.indexOf("hclid=") + "hclid=".length();
        int end = location.indexOf('#', start);
        return location.substring(start, end < 0 ? location.length() : end);
    }

    private static String linkId(String code) {
        return HERALD.database().client().execute().get("SELECT id FROM links WHERE code = ?", code)
                .map(row -> Rows.string(row, "id")).orElseThrow();
    }
}
