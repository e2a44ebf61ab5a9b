package io.herald.api.web;

import java.time.Duration;
import java.util.Optional;

import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.http.Status;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/**
 * CORS for the browser extension on {@code /api/v1/**}. The extension's service worker calls the API with
 * {@code fetch} from its own origin ({@code chrome-extension://…}, {@code moz-extension://…}) with a bearer token
 * and JSON, and without host permission for Herald, so every call is a CORS request and most are preflighted.
 *
 * <ul>
 *   <li>A preflight ({@code OPTIONS} with {@code Access-Control-Request-Method}) from an allowed origin is answered
 *       here with 204: the origin echoed, the methods and headers the API uses, a max age. From any other origin it
 *       is a 403 problem without CORS headers.</li>
 *   <li>Any other request from an allowed origin is served as usual with the origin echoed and the response headers
 *       the extension reads exposed, whatever the outcome: 2xx, 304, or a problem (see {@link #restore}). Other
 *       origins are served as usual without CORS headers, so a browser keeps the answer from their page.</li>
 *   <li>Never {@code Access-Control-Allow-Credentials}: the API reads no cookies.</li>
 *   <li>Not for {@code /api/v1/conversions}, which answers CORS per registered website itself, nor outside
 *       {@code /api/v1} ({@code /r}, {@code /admin}, {@code /snippet}).</li>
 * </ul>
 *
 * <p>Not Helidon's {@code CorsSupport} (helidon-webserver-cors 4.1.7), because it cannot do three of these things:
 * its {@code allow-origins} are exact origins or {@code *}, so "any {@code chrome-extension://} origin" would have to
 * be {@code *}, which allows every web page too and answers {@code *} instead of the origin; it sets its headers
 * before the handler runs and Helidon clears a response's headers when a handler throws, so 401, 403, 404 and 409
 * problems would reach the extension unreadable; and it refuses a preflight with a plain-text 403.
 */
public final class ExtensionCors implements Filter {
    static final String ALLOW_METHODS = "GET, POST, PUT, PATCH, DELETE";
    static final String ALLOW_HEADERS = "Authorization, Content-Type, If-None-Match, If-Match";
    static final String EXPOSE_HEADERS = "ETag, Location, Retry-After";
    /** Chromium caches a preflight for at most two hours (Firefox a day); longer would be cut to that anyway. */
    static final long MAX_AGE_SECONDS = Duration.ofHours(2).toSeconds();

    private static final String API = "/api/v1";
    private static final String CONVERSIONS = API + "/conversions";

    private final ExtensionOrigins origins;

    public ExtensionCors(ExtensionOrigins origins) {
        this.origins = origins;
    }

    /**
     * What was decided for a request this filter covers, kept in the request's context for {@link #restore}.
     *
     * @param allowedOrigin the request's origin when it is an allowed extension; empty for everyone else
     */
    private record Decision(Optional<String> allowedOrigin) {
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
        if (!covers(req.path().path())) {
            chain.proceed();
            return;
        }
        Optional<String> origin = req.headers().first(HeaderNames.ORIGIN);
        Decision decision = new Decision(origin.filter(origins::allows));
        req.context().register(decision);
        boolean preflight = origin.isPresent() && req.prologue().method() == Method.OPTIONS
                            && req.headers().contains(HeaderNames.ACCESS_CONTROL_REQUEST_METHOD);
        if (preflight && decision.allowedOrigin().isEmpty()) {
            throw ApiException.forbidden("Only the Herald browser extension may call the API from a browser; "
                                         + "this origin is not one of herald.cors.extension-origins.");
        }
        apply(decision, res);
        if (preflight) {
            res.header(HeaderNames.ACCESS_CONTROL_ALLOW_METHODS, ALLOW_METHODS);
            res.header(HeaderNames.ACCESS_CONTROL_ALLOW_HEADERS, ALLOW_HEADERS);
            res.header(HeaderNames.ACCESS_CONTROL_MAX_AGE, Long.toString(MAX_AGE_SECONDS));
            res.status(Status.NO_CONTENT_204).send();
            return;
        }
        chain.proceed();
    }

    /**
     * Puts the CORS headers back on an error answer. Helidon clears a response's headers before an error handler
     * writes it, and an extension that cannot read a 401 or a 409 cannot tell its user why.
     */
    public static void restore(ServerRequest req, ServerResponse res) {
        req.context().get(Decision.class).ifPresent(decision -> apply(decision, res));
    }

    /**
     * For a service that answers CORS itself ({@code /api/v1/conversions}, per site): the origin it allowed, so that
     * {@link #restore} puts it back on an error answer too and the page can read why it was refused.
     */
    public static void allowedBy(ServerRequest req, String origin) {
        req.context().register(new Decision(Optional.of(origin)));
    }

    private static void apply(Decision decision, ServerResponse res) {
        // Whether an answer carries CORS headers depends on the Origin, for every request this filter covers.
        res.header(HeaderNames.VARY, "Origin");
        decision.allowedOrigin().ifPresent(origin -> {
            res.header(HeaderNames.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
            res.header(HeaderNames.ACCESS_CONTROL_EXPOSE_HEADERS, EXPOSE_HEADERS);
        });
    }

    private static boolean covers(String path) {
        return within(path, API) && !within(path, CONVERSIONS);
    }

    private static boolean within(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }
}
