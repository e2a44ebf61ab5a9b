package io.herald.api.console;

import java.util.Optional;

import io.herald.api.Herald;
import io.herald.api.TestHerald;
import io.herald.api.TestServer;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webclient.api.WebClientConfig;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webclient.http1.Http1ClientResponse;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/** How the console's files are served: where, as what, and with which security headers. */
@ServerTest
class ConsoleServingTest {
    private static final Herald HERALD = TestHerald.start();
    private static final HeaderName CSP = HeaderNames.create("Content-Security-Policy");

    private final Http1Client client;

    ConsoleServingTest(Http1Client client) {
        this.client = client;
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
    void withoutTheSlashRedirectsIntoTheFolder() {
        try (Http1ClientResponse res = client.get("/admin").followRedirects(false).request()) {
            assertThat(res.status(), is(Status.MOVED_PERMANENTLY_301));
            assertThat(res.headers().first(HeaderNames.LOCATION), is(Optional.of("/admin/")));
        }
    }

    @Test
    void thePageIsHtmlThatRunsOnlyItsOwnModules() {
        try (Http1ClientResponse res = client.get("/admin/").request()) {
            assertThat(res.status(), is(Status.OK_200));
            assertThat(res.headers().first(HeaderNames.CONTENT_TYPE).orElseThrow(), startsWith("text/html"));
            String policy = res.headers().first(CSP).orElseThrow();
            assertThat(policy, containsString("script-src 'self'"));
            assertThat(policy, containsString("frame-ancestors 'none'"));
            assertThat(policy, not(containsString("unsafe-inline")));
            assertThat(res.headers().first(HeaderNames.create("X-Content-Type-Options")), is(Optional.of("nosniff")));
            assertThat(res.headers().first(HeaderNames.create("Referrer-Policy")), is(Optional.of("same-origin")));
            String html = res.as(String.class);
            assertThat(html, containsString("<script type=\"module\" src=\"app.js\"></script>"));
            assertThat("no inline script", html.replace("<script type=\"module\" src=\"app.js\"></script>", ""),
                       not(containsString("<script")));
        }
    }

    @Test
    void modulesAreJavaScriptWithTheSameHeaders() {
        try (Http1ClientResponse res = client.get("/admin/api.js").request()) {
            assertThat(res.status(), is(Status.OK_200));
            assertThat(res.headers().first(HeaderNames.CONTENT_TYPE).orElseThrow(), containsString("javascript"));
            assertThat(res.headers().first(HeaderNames.create("X-Content-Type-Options")), is(Optional.of("nosniff")));
            assertThat(res.headers().first(CSP).isPresent(), is(true));
            assertThat(res.as(String.class), containsString("export"));
        }
    }

    @Test
    void theGuidelineEngineIsServedAsAModuleGzippedAndRevalidated() {
        String etag;
        try (Http1ClientResponse res = client.get("/admin/engine.js").request()) {
            assertThat(res.status(), is(Status.OK_200));
            assertThat(res.headers().first(HeaderNames.CONTENT_TYPE).orElseThrow(),
                       is("text/javascript; charset=utf-8"));
            assertThat(res.headers().first(HeaderNames.CACHE_CONTROL), is(Optional.of("no-cache")));
            assertThat(res.headers().first(CSP).orElseThrow(), containsString("script-src 'self'"));
            etag = res.headers().first(HeaderNames.ETAG).orElseThrow();
            String script = res.as(String.class);
            assertThat(script, containsString("export"));
            assertThat("runs under script-src 'self' without 'unsafe-eval'", script.contains("eval("), is(false));
            assertThat(script.contains("new Function"), is(false));
        }
        try (Http1ClientResponse res = client.get("/admin/engine.js").header(HeaderNames.ACCEPT_ENCODING, "gzip")
                .request()) {
            assertThat(res.headers().first(HeaderNames.CONTENT_ENCODING), is(Optional.of("gzip")));
        }
        try (Http1ClientResponse res = client.get("/admin/engine.js").header(HeaderNames.IF_NONE_MATCH, etag)
                .request()) {
            assertThat(res.status(), is(Status.NOT_MODIFIED_304));
        }
    }

    @Test
    void theChartLibraryComesFromItsWebJar() {
        try (Http1ClientResponse res = client.get("/admin/lib/uplot.js").request()) {
            assertThat(res.status(), is(Status.OK_200));
            assertThat(res.headers().first(HeaderNames.CONTENT_TYPE).orElseThrow(), containsString("javascript"));
            assertThat(res.as(String.class), containsString("export { uPlot as default }"));
        }
        try (Http1ClientResponse res = client.get("/admin/lib/uplot.css").request()) {
            assertThat(res.headers().first(HeaderNames.CONTENT_TYPE).orElseThrow(), containsString("text/css"));
        }
        try (Http1ClientResponse res = client.get("/admin/deployment.json").request()) {
            assertThat(res.as(String.class), containsString("\"publicUrl\""));
        }
    }

    @Test
    void nothingOutsideTheConsoleFolderIsServed() {
        for (String path : new String[] {"/admin/missing.js", "/admin/%2e%2e/application.yaml",
                                         "/admin/..%2fapplication.yaml", "/admin/../statements/people.yaml"}) {
            try (Http1ClientResponse res = client.get(path).request()) {
                assertThat(path, res.status(), is(Status.NOT_FOUND_404));
            }
        }
    }
}
