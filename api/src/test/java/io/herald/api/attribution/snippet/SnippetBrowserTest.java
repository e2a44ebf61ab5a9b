package io.herald.api.attribution.snippet;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.herald.api.Herald;
import io.herald.api.TestBrowser;
import io.herald.api.TestCalls;
import io.herald.api.TestHerald;
import io.herald.api.TestServer;
import io.herald.api.TestUsers;
import io.herald.api.attribution.TestContent;
import io.herald.api.db.Rows;
import com.sun.net.httpserver.HttpServer;
import io.helidon.dbclient.DbRow;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import static io.herald.api.attribution.TestLinks.link;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

/**
 * The snippet in a real browser: a visitor follows a tracked link to a page of the company website (another origin),
 * moves on to a second page without {@code hclid}, and converts there; the conversion reaches Herald, attributed.
 * Needs /usr/bin/chromium and /usr/bin/chromedriver (.ci/run installs both).
 */
@ServerTest
class SnippetBrowserTest {
    private static final String CHROME_UA = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
                                            + "Chrome/126.0.0.0 Safari/537.36";
    private static final int HERALD_PORT = freePort();
    private static final Herald HERALD = TestHerald.start(
            Map.of("herald.public-url", "http://127.0.0.1:" + HERALD_PORT,
                   "herald.content.allow-local-urls", "true"), Clock.systemUTC()); // the shop is a local page
    private static final TestContent CONTENT = new TestContent(HERALD);
    private static HttpServer website;

    private final TestCalls api;

    SnippetBrowserTest(Http1Client client) {
        this.api = new TestCalls(client);
    }

    @SetUpServer
    static void server(WebServerConfig.Builder server) {
        server.port(HERALD_PORT);
        TestServer.setUp(server, HERALD);
    }

    @AfterAll
    static void close() {
        if (website != null) {
            website.stop(0);
        }
        HERALD.close();
    }

    @Test
    void aVisitorFromATrackedLinkConvertsOnALaterPageAndTheConversionIsAttributed() throws Exception {
        TestUsers.Session ann = new TestUsers(HERALD).employee();
        String origin = startWebsite();
        String key = api.post("/api/v1/sites", new TestUsers(HERALD).admin(),
                              Map.of("name", "Website", "allowedOrigins", List.of(origin))).text("key");
        website.createContext("/", exchange -> {
            String page = """
                    <!doctype html><html><head><title>%s</title>
                    <script src="http://127.0.0.1:%d/snippet/herald.js" data-site-key="%s"></script>
                    </head><body><a id="next" href="/thanks.html">next</a></body></html>
                    """.formatted(exchange.getRequestURI().getPath(), HERALD_PORT, key);
            byte[] body = page.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        String code = link(api, ann, CONTENT.published("landing", origin + "/landing.html"), "linkedin");

        TestBrowser chromium = TestBrowser.start(1280, 800, Optional.of(CHROME_UA));
        WebDriver browser = chromium.driver();
        try {
            browser.get("http://127.0.0.1:" + HERALD_PORT + "/r/" + code);
            String landed = browser.getCurrentUrl();
            assertThat(landed, containsString(origin + "/landing.html?"));
            String clickId = landed.substring(landed.indexOf("hclid=") + "hclid=".length());

            browser.get(origin + "/thanks.html");
            JavascriptExecutor js = (JavascriptExecutor) browser;
            Object answer = js.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    herald.convert("signup", {eventId: "e2e-signup"})
                        .then(r => done(JSON.stringify(r)), e => done("failed: " + e));
                    """);
            assertThat(String.valueOf(answer), containsString("\"attribution\":\"attributed\""));
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> stored("e2e-signup") != null);
            DbRow row = stored("e2e-signup");
            assertThat(Rows.string(row, "click_id"), is(clickId));
            assertThat(Rows.string(row, "user_id"), is(ann.userId()));
            assertThat(Rows.string(row, "conversion_type"), is("signup"));

            // The page's public key buys no more than the site allows: a made-up value is refused, by the same
            // snippet, and the key alone, without the page's Origin (curl), is refused outright.
            Object forged = js.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    herald.convert("purchase", {eventId: "e2e-forged", value: 999999999999, currency: "EUR"})
                        .then(r => done(JSON.stringify(r)), e => done("failed: " + e));
                    """);
            assertThat(String.valueOf(forged), containsString("\"field\":\"value\""));
            assertThat(stored("e2e-forged"), is((DbRow) null));
            TestCalls.Reply fromCurl = api.post("/api/v1/conversions", TestCalls.Caller.ANONYMOUS,
                                                Map.of("type", "signup", "eventId", "curl-signup", "clickId", clickId),
                                                HeaderValues.create(HeaderNames.create("X-Herald-Site-Key"), key));
            assertThat(fromCurl.status(), is(403));
        } finally {
            chromium.close();
        }
    }

    private static DbRow stored(String eventId) {
        return HERALD.database().client().execute().get("SELECT * FROM conversions WHERE event_id = ?", eventId)
                .orElse(null);
    }

    private static String startWebsite() throws IOException {
        website = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        website.start();
        return "http://127.0.0.1:" + website.getAddress().getPort();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
