package io.herald.api.attribution.conversions;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import io.herald.api.attribution.clicks.ClickWriter;
import io.herald.api.attribution.redirect.ClickIds;
import io.herald.api.attribution.sites.Origins;
import io.herald.api.attribution.sites.Site;
import io.herald.api.attribution.sites.SiteRepository;
import io.herald.api.db.ConstraintViolations;
import io.herald.api.web.ApiException;
import io.herald.api.web.JsonBodies;
import io.herald.api.web.Responses;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/**
 * {@code POST /api/v1/conversions}: a company website reports a conversion.
 *
 * <ul>
 *   <li>The site is named by its key, in {@code X-Herald-Site-Key} or the body's {@code siteKey}; a missing or
 *       unknown key is a 401.</li>
 *   <li>CORS is answered per site: the preflight ({@code OPTIONS}, which carries no key) succeeds for an origin that
 *       some site allows; the POST then needs an origin allowed by that very site (403 otherwise). Other origins get
 *       no CORS headers at all. Calls without an {@code Origin} (from a server) need only the key.</li>
 *   <li>Idempotent on (site, {@code eventId}): 201 the first time, 200 with the same answer after.</li>
 *   <li>Attributed to the click of {@code clickId} when the conversion comes within {@code herald.attribution.window}
 *       of it; otherwise recorded as unattributed, with the reason. A click still on its way to the database (the
 *       writer batches) is waited for briefly, if its id says it was issued in the last few minutes.</li>
 * </ul>
 */
public final class ConversionService implements HttpService {
    public static final HeaderName SITE_KEY = HeaderNames.create("X-Herald-Site-Key");
    private static final Duration PENDING_CLICK_WAIT = Duration.ofSeconds(2);
    private static final Duration PENDING_CLICK_AGE = Duration.ofMinutes(5);

    private final ConversionRepository conversions;
    private final SiteRepository sites;
    private final ClickWriter clickWriter;
    private final JsonBodies bodies;
    private final Duration window;
    private final Clock clock;

    public ConversionService(ConversionRepository conversions, SiteRepository sites, ClickWriter clickWriter,
                             JsonBodies bodies, Duration window, Clock clock) {
        this.conversions = conversions;
        this.sites = sites;
        this.clickWriter = clickWriter;
        this.bodies = bodies;
        this.window = window;
        this.clock = clock;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.options("/", this::preflight)
                .post("/", this::record);
    }

    private void preflight(ServerRequest req, ServerResponse res) {
        res.header(HeaderNames.VARY, "Origin");
        Optional<String> origin = origin(req).filter(sites::anyAllows);
        if (origin.isEmpty()) {
            throw ApiException.forbidden("This origin may not send conversions.");
        }
        allow(res, origin.get());
        res.header(HeaderNames.ACCESS_CONTROL_ALLOW_METHODS, "POST");
        res.header(HeaderNames.ACCESS_CONTROL_ALLOW_HEADERS, "Content-Type, X-Herald-Site-Key");
        res.header(HeaderNames.ACCESS_CONTROL_MAX_AGE, "600");
        res.status(Status.NO_CONTENT_204).send();
    }

    private void record(ServerRequest req, ServerResponse res) {
        res.header(HeaderNames.VARY, "Origin");
        Optional<String> origin = origin(req);
        if (req.headers().contains(HeaderNames.ORIGIN)) {
            // A browser sent it: the origin must be one a site allows ("null" and file pages never are).
            if (origin.isEmpty() || !sites.anyAllows(origin.get())) {
                throw ApiException.forbidden("This origin may not send conversions.");
            }
            // Set before anything else can fail, so that the page can read a 400 or 401 too.
            allow(res, origin.get());
        }
        ConversionRequest request = bodies.read(req, ConversionRequest.class);
        String key = req.headers().first(SITE_KEY).or(() -> Optional.ofNullable(request.siteKey()))
                .orElseThrow(() -> ApiException.unauthorized("Send the site key in X-Herald-Site-Key."));
        Site site = sites.findByKey(key)
                .orElseThrow(() -> ApiException.unauthorized("This site key is not valid (deleted or rotated?)."));
        if (origin.isPresent() && !site.allows(origin.get())) {
            throw ApiException.forbidden("This site does not allow conversions from " + origin.get() + ".");
        }

        Optional<Conversion> earlier = conversions.find(site.id(), request.eventId());
        if (earlier.isPresent()) {
            Responses.json(res, earlier.get());
            return;
        }
        Conversion conversion = attribute(site, request, clock.instant().truncatedTo(ChronoUnit.MILLIS));
        try {
            conversions.insert(conversion);
        } catch (RuntimeException e) {
            if (!ConstraintViolations.isViolation(e)) {
                throw e;
            }
            Responses.json(res, conversions.find(site.id(), request.eventId()).orElseThrow(() -> e));
            return;
        }
        Responses.json(res, Status.CREATED_201, conversion);
    }

    private Conversion attribute(Site site, ConversionRequest request, Instant now) {
        Optional<String> clickId = Optional.ofNullable(request.clickId());
        Optional<Click> click = clickId.flatMap(conversions::click);
        if (clickId.isPresent() && click.isEmpty() && mayBePending(clickId.get(), now)
            && clickWriter.flush(PENDING_CLICK_WAIT)) {
            click = conversions.click(clickId.get());
        }
        String attribution;
        if (clickId.isEmpty()) {
            attribution = Conversion.NO_CLICK;
        } else if (click.isEmpty()) {
            attribution = Conversion.UNKNOWN_CLICK;
        } else if (now.isBefore(click.get().clickedAt()) || now.isAfter(click.get().clickedAt().plus(window))) {
            attribution = Conversion.OUTSIDE_WINDOW;
        } else {
            attribution = Conversion.ATTRIBUTED;
        }
        return new Conversion(UUID.randomUUID().toString(), site.id(), request.eventId(), request.type(),
                              Optional.ofNullable(request.value()), Optional.ofNullable(request.currency()), clickId,
                              attribution, click, now);
    }

    /**
     * Whether a click id not found yet may still be on its way to the database: issued in the last few minutes.
     * Anything else (older, malformed, made up) is not waited for, so forged ids cannot make the writer flush.
     */
    private static boolean mayBePending(String clickId, Instant now) {
        return ClickIds.issuedAt(clickId)
                .filter(issued -> !issued.isAfter(now.plusSeconds(5)) && issued.isAfter(now.minus(PENDING_CLICK_AGE)))
                .isPresent();
    }

    private static Optional<String> origin(ServerRequest req) {
        return req.headers().first(HeaderNames.ORIGIN).flatMap(Origins::normalise);
    }

    private static void allow(ServerResponse res, String origin) {
        res.header(HeaderNames.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
    }
}
