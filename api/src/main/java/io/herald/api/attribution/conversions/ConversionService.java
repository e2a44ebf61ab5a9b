package io.herald.api.attribution.conversions;

import java.math.BigDecimal;
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
import io.herald.api.limits.Limit;
import io.herald.api.web.AccessRules;
import io.herald.api.web.ApiException;
import io.herald.api.web.ApiService;
import io.herald.api.web.ExtensionCors;
import io.herald.api.web.JsonBodies;
import io.herald.api.web.Responses;
import io.helidon.dbclient.DbClient;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/**
 * {@code POST /api/v1/conversions}: a company website reports a conversion.
 *
 * <ul>
 *   <li>From a page, with the snippet: the site's public key, in {@code X-Herald-Site-Key} or the body's
 *       {@code siteKey}, and an {@code Origin} that this site allows (403 otherwise, and without an {@code Origin}:
 *       the public key is in every page, so it proves nothing alone). A missing or unknown key is a 401.</li>
 *   <li>From the site's servers: its secret key as {@code Authorization: Bearer hss_...}, and no {@code Origin} (a
 *       secret key in a page is no secret: 403). An unknown or rotated secret is a 401.</li>
 *   <li>CORS is answered per site: the preflight ({@code OPTIONS}, which carries no key) succeeds for an origin that
 *       some site allows; the POST then needs an origin allowed by that very site. Other origins get no CORS headers
 *       at all. {@code Authorization} is not an allowed header, so no page can send a secret key.</li>
 *   <li>Rate limits ({@code herald.limits.conversions}): per client address for everything not sent with a valid
 *       secret key, per site key (public and secret counted apart) for the rest.</li>
 *   <li>Idempotent on (site, {@code eventId}): 201 the first time, 200 with the same answer after, caps or not.</li>
 *   <li>Capped: a {@code value} over the site's cap ({@code maxValue}, else {@code herald.conversions.max-value}) is
 *       a 400 naming {@code value}; more than {@code herald.conversions.max-per-click-and-type} conversions of one
 *       type for one click id is a 409.</li>
 *   <li>Attributed to the click of {@code clickId} when the conversion comes within {@code herald.attribution.window}
 *       of it; otherwise recorded as unattributed, with the reason. A click still on its way to the database (this
 *       instance's writer batches, or another instance's does) is waited for, up to 5 seconds, if its id says it was
 *       issued in the last few minutes; should it come later still, {@link LateClicks} attributes the conversion
 *       then.</li>
 * </ul>
 */
public final class ConversionService implements ApiService {
    public static final HeaderName SITE_KEY = HeaderNames.create("X-Herald-Site-Key");
    private static final String BEARER = "bearer ";
    private static final Duration PENDING_CLICK_WAIT = Duration.ofSeconds(2);
    private static final Duration PENDING_CLICK_AGE = Duration.ofMinutes(5);
    /** How long a conversion waits for a recent click that another instance may still hold (see awaitClick). */
    private static final Duration PENDING_CLICK_HOLD = Duration.ofSeconds(5);
    private static final Duration PENDING_CLICK_POLL = Duration.ofMillis(100);

    private final DbClient client;
    private final ConversionRepository conversions;
    private final SiteRepository sites;
    private final ClickWriter clickWriter;
    private final JsonBodies bodies;
    private final Duration window;
    private final Caps caps;
    private final Limit limit;
    private final Clock clock;

    /**
     * What a site may report.
     *
     * @param maxValue           a conversion's value at most, for sites without a cap of their own
     * @param perClickAndType    conversions of one type for one click id at most
     */
    public record Caps(BigDecimal maxValue, int perClickAndType) {
        public Caps {
            if (maxValue.signum() <= 0 || perClickAndType < 1) {
                throw new IllegalStateException("herald.conversions.max-value and max-per-click-and-type must be "
                                                + "more than 0");
            }
        }
    }

    public ConversionService(DbClient client, ConversionRepository conversions, SiteRepository sites,
                             ClickWriter clickWriter, JsonBodies bodies, Duration window, Caps caps, Limit limit,
                             Clock clock) {
        this.client = client;
        this.conversions = conversions;
        this.sites = sites;
        this.clickWriter = clickWriter;
        this.bodies = bodies;
        this.window = window;
        this.caps = caps;
        this.limit = limit;
        this.clock = clock;
    }

    @Override
    public void routing(AccessRules rules) {
        rules.anyone().options("/", this::preflight);
        rules.siteKey().post("/", this::record);
    }

    private void preflight(ServerRequest req, ServerResponse res) {
        res.header(HeaderNames.VARY, "Origin");
        Optional<String> origin = origin(req).filter(this::allowed);
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
        boolean fromPage = req.headers().contains(HeaderNames.ORIGIN);
        if (fromPage) {
            // A browser sent it: the origin must be one a site allows ("null" and file pages never are).
            if (origin.isEmpty() || !allowed(origin.get())) {
                throw ApiException.forbidden("This origin may not send conversions.");
            }
            // Set before anything else can fail, and kept for the problem handler, so that the page can read a 400,
            // 401 or 429 too (Helidon clears the headers of a response whose handler threw).
            allow(res, origin.get());
            ExtensionCors.allowedBy(req, origin.get());
        }
        Optional<String> secret = secretKey(req);
        Site site;
        ConversionRequest request;
        if (secret.isPresent()) {
            if (fromPage) {
                throw ApiException.forbidden("A secret site key must never be in a page; pages send the public key "
                                             + "with the snippet, servers the secret key without an Origin.");
            }
            Optional<Site> found = sites.findBySecretKey(client.execute(), secret.get());
            if (found.isEmpty()) {
                limit.byAddress(req);
                throw ApiException.unauthorized("This secret key is not valid (rotated, or the site deleted?).");
            }
            site = found.get();
            limit.byPrincipal("secret:" + site.id());
            request = bodies.read(req, ConversionRequest.class);
        } else {
            limit.byAddress(req);
            request = bodies.read(req, ConversionRequest.class);
            site = publicKeySite(req, request, origin);
        }

        Optional<Conversion> earlier = conversions.find(client.execute(), site.id(), request.eventId());
        if (earlier.isPresent()) {
            Responses.json(res, earlier.get());
            return;
        }
        checkCaps(site, request);
        Conversion conversion = attribute(site, request, clock.instant().truncatedTo(ChronoUnit.MILLIS));
        try {
            conversions.insert(client.execute(), conversion);
        } catch (RuntimeException e) {
            if (!ConstraintViolations.isViolation(e)) {
                throw e;
            }
            Responses.json(res, conversions.find(client.execute(), site.id(), request.eventId()).orElseThrow(() -> e));
            return;
        }
        Responses.json(res, Status.CREATED_201, conversion);
    }

    /** The site of a public key, which is good only from a page of that site. */
    private Site publicKeySite(ServerRequest req, ConversionRequest request, Optional<String> origin) {
        String key = req.headers().first(SITE_KEY).or(() -> Optional.ofNullable(request.siteKey()))
                .orElseThrow(() -> ApiException.unauthorized("Send the site key in X-Herald-Site-Key."));
        if (key.startsWith(SiteRepository.SECRET_PREFIX)) {
            throw ApiException.unauthorized("That is a secret key: send it from a server as 'Authorization: Bearer "
                                            + "<secret key>', never in a page.");
        }
        Site site = sites.findByKey(client.execute(), key)
                .orElseThrow(() -> ApiException.unauthorized("This site key is not valid (deleted or rotated?)."));
        if (origin.isEmpty()) {
            throw ApiException.forbidden("The public site key works only from the site's pages (with their Origin);"
                                         + " a server sends conversions with the site's secret key as "
                                         + "'Authorization: Bearer <secret key>'.");
        }
        if (!site.allows(origin.get())) {
            throw ApiException.forbidden("This site does not allow conversions from " + origin.get() + ".");
        }
        limit.byPrincipal("public:" + site.id());
        return site;
    }

    /** The site's cap on the value, and on the conversions of one type for one click. */
    private void checkCaps(Site site, ConversionRequest request) {
        BigDecimal cap = site.maxValue().orElse(caps.maxValue());
        if (request.value() != null && request.value().compareTo(cap) > 0) {
            throw ApiException.invalidField("value", "is over this site's cap of " + cap.stripTrailingZeros()
                    .toPlainString() + " for one conversion (an admin can raise it for the site).");
        }
        if (request.clickId() != null
            && conversions.countOfClick(client.execute(), request.clickId(), request.type())
               >= caps.perClickAndType()) {
            throw ApiException.conflict("This click already has " + caps.perClickAndType() + " conversions of type '"
                                        + request.type() + "', the most one click may have.");
        }
    }

    private Conversion attribute(Site site, ConversionRequest request, Instant now) {
        Optional<String> clickId = Optional.ofNullable(request.clickId());
        Optional<Click> click = clickId.flatMap(this::click);
        if (clickId.isPresent() && click.isEmpty() && mayBePending(clickId.get(), now)) {
            click = awaitClick(clickId.get());
        }
        String attribution;
        if (clickId.isEmpty()) {
            attribution = Conversion.NO_CLICK;
        } else if (click.isEmpty()) {
            attribution = Conversion.UNKNOWN_CLICK;
        } else {
            attribution = attribution(click.get(), now, window);
        }
        return new Conversion(UUID.randomUUID().toString(), site.id(), request.eventId(), request.type(),
                              Optional.ofNullable(request.value()), Optional.ofNullable(request.currency()), clickId,
                              attribution, click, now);
    }

    /** A conversion at {@code at} of a click that is stored: attributed within the window, else outside it. */
    static String attribution(Click click, Instant at, Duration window) {
        return at.isBefore(click.clickedAt()) || at.isAfter(click.clickedAt().plus(window)) ? Conversion.OUTSIDE_WINDOW
                : Conversion.ATTRIBUTED;
    }

    /**
     * A recent click not stored yet: it may be in this instance's writer (flushed at once) or in another instance's,
     * which stores it within its flush interval (0.2 s) unless it is behind. So the conversion is held, and the click
     * looked for again every {@link #PENDING_CLICK_POLL}, for up to {@link #PENDING_CLICK_HOLD}.
     */
    private Optional<Click> awaitClick(String clickId) {
        long deadline = System.nanoTime() + PENDING_CLICK_HOLD.toNanos();
        if (clickWriter.flush(PENDING_CLICK_WAIT)) {
            Optional<Click> click = click(clickId);
            if (click.isPresent()) {
                return click;
            }
        }
        while (System.nanoTime() < deadline) {
            try {
                Thread.sleep(PENDING_CLICK_POLL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            Optional<Click> click = click(clickId);
            if (click.isPresent()) {
                return click;
            }
        }
        return Optional.empty();
    }

    private Optional<Click> click(String clickId) {
        return conversions.click(client.execute(), clickId);
    }

    /** Whether any live site allows the origin: what a CORS preflight, which carries no key, can be told. */
    private boolean allowed(String origin) {
        return sites.anyAllows(client.execute(), origin);
    }

    /**
     * Whether a click id not found yet may still be on its way to the database: issued in the last few minutes.
     * Anything else (older, malformed, made up) is not waited for, so forged ids cannot make the writer flush.
     */
    static boolean mayBePending(String clickId, Instant now) {
        return ClickIds.issuedAt(clickId)
                .filter(issued -> !issued.isAfter(now.plusSeconds(5)) && issued.isAfter(now.minus(PENDING_CLICK_AGE)))
                .isPresent();
    }

    /** The secret key of {@code Authorization: Bearer hss_...}; any other Authorization is not a site's. */
    private static Optional<String> secretKey(ServerRequest req) {
        return req.headers().first(HeaderNames.AUTHORIZATION)
                .filter(value -> value.regionMatches(true, 0, BEARER, 0, BEARER.length()))
                .map(value -> value.substring(BEARER.length()).strip())
                .filter(value -> !value.isEmpty());
    }

    private static Optional<String> origin(ServerRequest req) {
        return req.headers().first(HeaderNames.ORIGIN).flatMap(Origins::normalise);
    }

    private static void allow(ServerResponse res, String origin) {
        res.header(HeaderNames.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
    }
}
