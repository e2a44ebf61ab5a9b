package io.herald.api.console;

import java.util.List;

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

    private AdminConsole() {
    }

    /**
     * Registers the console under {@link #PATH}: the headers first, then the files. The static content service
     * redirects {@code /admin} to {@code /admin/} by itself (a folder with a welcome file), which the page needs: it
     * loads its modules by relative URLs.
     */
    public static void register(HttpRouting.Builder routing) {
        routing.register(PATH, new AdminConsole(), StaticContentService.builder("admin")
                .welcomeFileName("index.html")
                .build());
    }

    @Override
    public void routing(HttpRules rules) {
        rules.any(this::secure);
    }

    private void secure(ServerRequest req, ServerResponse res) {
        HEADERS.forEach(res::header);
        res.next();
    }
}
