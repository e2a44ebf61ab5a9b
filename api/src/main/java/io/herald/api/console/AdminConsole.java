package io.herald.api.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;

import io.herald.api.web.Json;

import io.helidon.http.Header;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.helidon.webserver.staticcontent.StaticContentService;

/**
 * {@code /admin/}: the console's HTML, CSS and JavaScript modules from the classpath folder {@code admin/}.
 *
 * <p>The page holds an access token in memory and a refresh token in {@code sessionStorage}, so anything that could
 * run script in it could take them: the Content-Security-Policy allows only the console's own files (no inline script
 * or style, no other origins), and the page may not be framed.
 */
public final class AdminConsole implements HttpService {
    public static final String PATH = "/admin";

    private static final List<Header> HEADERS = List.of(
            HeaderValues.createCached("Content-Security-Policy", String.join("; ",
                    "default-src 'none'",
                    "script-src 'self'",
                    "style-src 'self'",
                    "img-src 'self'",
                    "connect-src 'self'",
                    "base-uri 'none'",
                    "form-action 'none'",
                    "frame-ancestors 'none'")),
            HeaderValues.createCached("X-Content-Type-Options", "nosniff"),
            HeaderValues.createCached("Referrer-Policy", "same-origin"),
            HeaderValues.createCached("X-Frame-Options", "DENY"), // frame-ancestors for browsers without CSP 2
            // Revalidate on every load, so a new release never runs next to modules of the old one.
            HeaderValues.createCached(HeaderNames.CACHE_CONTROL, "no-cache"));

    private static final String JAVASCRIPT = "text/javascript; charset=utf-8";

    /** The guideline engine the extension runs, compiled by TeaVM (module {@code engine}). */
    private static final ConsoleAsset ENGINE = ConsoleAsset.load("herald/engine.js", JAVASCRIPT);
    private static final String UPLOT = "META-INF/resources/webjars/uplot/" + webJarVersion("uplot") + "/dist/";
    private static final ConsoleAsset CHARTS = ConsoleAsset.load(UPLOT + "uPlot.esm.js", JAVASCRIPT);
    private static final ConsoleAsset CHART_STYLES = ConsoleAsset.load(UPLOT + "uPlot.min.css",
                                                                       "text/css; charset=utf-8");

    private final ConsoleAsset deployment;

    private AdminConsole(String publicUrl) {
        this.deployment = ConsoleAsset.of("application/json", Json.string(java.util.Map.of("publicUrl", publicUrl)));
    }

    /**
     * Registers the console under {@link #PATH}: the headers first, then the files. The static content service
     * redirects {@code /admin} to {@code /admin/} by itself (a folder with a welcome file), which the page needs: it
     * loads its modules by relative URLs.
     *
     * @param publicUrl where people reach Herald ({@code herald.public-url}), for the snippet the Sites page shows
     */
    public static void register(HttpRouting.Builder routing, String publicUrl) {
        routing.register(PATH, new AdminConsole(publicUrl), StaticContentService.builder("admin")
                .welcomeFileName("index.html")
                .build());
    }

    @Override
    public void routing(HttpRules rules) {
        rules.any(this::secure)
                .get("/engine.js", (req, res) -> ENGINE.send(req, res))
                .get("/lib/uplot.js", (req, res) -> CHARTS.send(req, res))
                .get("/lib/uplot.css", (req, res) -> CHART_STYLES.send(req, res))
                .get("/deployment.json", (req, res) -> deployment.send(req, res));
    }

    /** The version of a WebJar on the class path, so that updating its version in the pom is all an update takes. */
    private static String webJarVersion(String artifact) {
        String path = "META-INF/maven/org.webjars.npm/" + artifact + "/pom.properties";
        try (InputStream in = AdminConsole.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("The admin console needs the WebJar org.webjars.npm:" + artifact);
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void secure(ServerRequest req, ServerResponse res) {
        HEADERS.forEach(res::header);
        res.next();
    }
}
