package io.herald.api.attribution.redirect;

import java.time.Clock;
import java.util.Optional;

import io.herald.api.attribution.clicks.ClickRecorder;
import io.herald.api.attribution.clicks.Visit;
import io.herald.api.limits.Limit;
import io.herald.api.web.AccessRules;
import io.herald.api.web.ApiException;
import io.herald.api.web.ApiService;
import io.herald.api.web.ClientAddress;
import io.helidon.http.Header;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.http.Method;
import io.helidon.http.PathMatchers;
import io.helidon.http.Status;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/**
 * {@code GET|HEAD /r/{code}}: 302 to the content with the tracking parameters and a fresh click id, the visit recorded
 * first (in the click journal). Bots get the same redirect (so link previews render) and are told apart later, by the
 * writer. An unknown code is a 404, never a redirect anywhere else.
 *
 * <p>Served twice over: as a route, for the API's table of routes (the OpenAPI document, 405 for other methods), and
 * by {@link #ahead()}, a filter that answers {@code GET|HEAD /r/{code}} before the routing, which is what answers
 * them in fact.
 */
public final class RedirectService implements ApiService {
    /** Where the redirect is served. */
    public static final String PATH = "/r";
    private static final String CODE_PREFIX = PATH + "/";
    // Constant headers are "cached" ones (their bytes computed once, used as they are); any other kind of header is
    // copied into each response and its value list copied again when it is written.
    // Every visit must reach Herald to be counted and get its own click id: no cache may answer for it.
    private static final Header NO_STORE = HeaderValues.createCached(HeaderNames.CACHE_CONTROL, "no-store");
    // The destination learns where the visitor came from only as an origin (e.g. https://www.linkedin.com/).
    private static final Header REFERRER_POLICY = HeaderValues.createCached(HeaderNames.create("Referrer-Policy"),
                                                                            "strict-origin-when-cross-origin");
    // Search engines should index the content's own URL, not Herald's short ones.
    private static final Header NO_INDEX = HeaderValues.createCached(HeaderNames.create("X-Robots-Tag"), "noindex");

    private final RedirectTable table;
    private final ClickRecorder clicks;
    private final ClickIds clickIds;
    private final ClientAddress clientAddress;
    private final Limit unknownCodes;
    private final Clock clock;

    public RedirectService(RedirectTable table, ClickRecorder clicks, ClickIds clickIds, ClientAddress clientAddress,
                           Limit unknownCodes, Clock clock) {
        this.table = table;
        this.clicks = clicks;
        this.clickIds = clickIds;
        this.clientAddress = clientAddress;
        this.unknownCodes = unknownCodes;
        this.clock = clock;
    }

    @Override
    public void routing(AccessRules rules) {
        // A prefix route and the code read from the path, rather than a "/{code}" template: a template is matched by
        // a regular expression with a named group on every request, and this route takes almost all the traffic.
        // "/{code}" is what the OpenAPI document calls it.
        rules.anyone().route(Method.GET, PathMatchers.prefix("/"), "/{code}", this::visit)
                .route(Method.HEAD, PathMatchers.prefix("/"), "/{code}", this::visit);
    }

    /**
     * The redirect ahead of the routing, for the filters' end (after the connection checks and {@code nosniff}):
     * {@code GET|HEAD /r/{code}} is answered here, and everything else goes on. This route takes almost all of the
     * traffic, and on its way through the routing each request paid for what the redirect does not need, about a
     * tenth of its CPU time (bench/redirect): the metrics feature's request-count filter, which registers two objects
     * in the request's context and counts in a composite meter, and the search of the route among all the others.
     * Redirects are not counted in {@code requests_count}, then; {@code herald_clicks_written_total} counts visits.
     * An error is answered as from the route: filters run inside the routing's error handling.
     */
    public Filter ahead() {
        return this::ahead;
    }

    private void ahead(FilterChain chain, RoutingRequest req, RoutingResponse res) {
        Method method = req.prologue().method();
        String path = req.path().path();
        if ((method == Method.GET || method == Method.HEAD) && path.startsWith(CODE_PREFIX)) {
            visit(path, req, res);
        } else {
            chain.proceed();
        }
    }

    private void visit(ServerRequest req, ServerResponse res) {
        visit(req.path().absolute().path(), req, res);
    }

    /** @param path the request's whole path, {@code /r/} and the code; anything else finds nothing */
    private void visit(String path, ServerRequest req, ServerResponse res) {
        String code = path.startsWith(CODE_PREFIX) ? path.substring(CODE_PREFIX.length()) : "";
        RedirectTable.Entry link = table.find(code, () -> unknownCodes.byAddress(req))
                .orElseThrow(() -> ApiException.notFound("There is no tracked link with this code."));
        Destination destination = link.destination()
                .orElseThrow(() -> ApiException.notFound("The content this link led to is gone."));
        String clickId = clickIds.next();
        clicks.record(new Visit(clickId, link.linkId(), clock.millis(), req.prologue().method() == Method.HEAD,
                                clientAddress.of(req), req.headers().first(HeaderNames.USER_AGENT).orElse(""),
                                referrer(req)));
        res.status(Status.FOUND_302);
        // Written once, so its bytes are computed once: a plain header would be copied twice on the way out.
        res.header(HeaderValues.createCached(HeaderNames.LOCATION, false, false,
                                             destination.location(link.platform(), link.code(), clickId)));
        res.header(NO_STORE);
        res.header(REFERRER_POLICY);
        res.header(NO_INDEX);
        res.send();
    }

    private static Optional<String> referrer(ServerRequest req) {
        return req.headers().first(HeaderNames.REFERER);
    }
}
