package io.herald.api.content.preview;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.herald.api.Herald;
import io.herald.api.TestCalls;
import io.herald.api.TestCalls.Reply;
import io.herald.api.TestHerald;
import io.herald.api.TestServer;
import io.herald.api.TestUsers;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

/**
 * {@code POST /api/v1/content/preview} over HTTP: a local page that the configuration allows is read; loopback
 * addresses, a host name that resolves to loopback and a redirect from the allowed page to loopback are refused.
 */
@ServerTest
class PreviewTest {
    private static final LocalPages PAGES = new LocalPages();
    private static final Herald HERALD = TestHerald.start(Map.of(
            "herald.content.allow-local-urls", "true",
            "herald.content.preview.allowed-origins", PAGES.origin()));
    private static final TestUsers USERS = new TestUsers(HERALD);
    private static final String PATH = "/api/v1/content/preview";

    private final TestCalls calls;

    PreviewTest(Http1Client client) {
        this.calls = new TestCalls(client);
    }

    @SetUpServer
    static void server(WebServerConfig.Builder server) {
        TestServer.setUp(server, HERALD);
    }

    @AfterAll
    static void close() {
        try {
            HERALD.close();
        } finally {
            PAGES.close();
        }
    }

    @Test
    void openGraphTagsComeFirstThenTwitterCardsThenTheTitle() {
        PAGES.page("/og", "text/html; charset=utf-8", """
                <!doctype html><html><head><title>Plain title</title>
                <meta property="og:title" content="Our Łódź office opens">
                <meta name="twitter:title" content="Twitter title">
                <meta property="og:description" content="  A new office
                  for 200 people. ">
                <meta property="og:image" content="/images/lodz.jpg">
                <meta property="og:site_name" content="Example News">
                </head><body>…</body></html>""");
        PAGES.page("/card", "text/html", """
                <html><head><title>Plain title</title><meta name="twitter:title" content="Card title">
                <meta name="description" content="Described."></head></html>""");
        PAGES.page("/bare", "text/html", "<title> Only a title </title>");

        JsonNode og = preview(PAGES.origin() + "/og");
        assertThat(og.path("title").asText(), is("Our Łódź office opens"));
        assertThat(og.path("summary").asText(), is("A new office for 200 people."));
        assertThat(og.path("imageUrl").asText(), is(PAGES.origin() + "/images/lodz.jpg"));
        assertThat(og.path("siteName").asText(), is("Example News"));
        assertThat(og.path("url").asText(), is(PAGES.origin() + "/og"));

        JsonNode card = preview(PAGES.origin() + "/card");
        assertThat(card.path("title").asText(), is("Card title"));
        assertThat(card.path("summary").asText(), is("Described."));
        assertThat(card.has("imageUrl"), is(false));

        assertThat(preview(PAGES.origin() + "/bare").path("title").asText(), is("Only a title"));
    }

    @Test
    void loopbackTargetsAndRedirectsToThemAreRefused() {
        PAGES.page("/fine", "text/html", "<title>Fine</title>");
        PAGES.redirect("/to-loopback", "http://127.0.0.1:" + (PAGES.port() == 9 ? 10 : 9) + "/admin");
        PAGES.redirect("/to-allowed", PAGES.origin() + "/fine");

        assertRefused("http://127.0.0.1/", "a loopback address");
        assertRefused("http://[::1]:" + PAGES.port() + "/fine", "a loopback address");
        // localhost resolves to 127.0.0.1 (the hosts file, no DNS): the allowed origin is 127.0.0.1, not this name.
        assertRefused("http://localhost:" + PAGES.port() + "/fine", "a loopback address");
        assertRefused(PAGES.origin() + "/to-loopback", "a loopback address");
        assertRefused("http://169.254.169.254/latest/meta-data/", "a cloud metadata address");
        assertRefused("http://10.0.0.1/", "a private address");
        assertThat(preview(PAGES.origin() + "/to-allowed").path("title").asText(), is("Fine"));
    }

    @Test
    void whatIsNotAPageIsRefusedSayingWhy() {
        PAGES.page("/data.json", "application/json", "{}");
        assertRefused(PAGES.origin() + "/data.json", "not to a web page");
        assertRefused(PAGES.origin() + "/missing", "HTTP status 404");
        assertRefused("javascript:alert(1)", "http");
    }

    @Test
    void onlyAdminsFetchPages() {
        Reply reply = calls.post(PATH, USERS.employee(), Map.of("url", PAGES.origin() + "/fine"));
        assertThat(reply.status(), is(403));
    }

    private JsonNode preview(String url) {
        Reply reply = calls.post(PATH, USERS.admin(), Map.of("url", url));
        assertThat(reply.toString(), reply.status(), is(200));
        return reply.body();
    }

    private void assertRefused(String url, String why) {
        Reply reply = calls.post(PATH, USERS.admin(), Map.of("url", url));
        assertThat(reply.toString(), reply.status(), is(400));
        assertThat(reply.field(), is("url"));
        assertThat(reply.detail(), containsString(why));
    }
}
