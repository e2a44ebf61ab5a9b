package io.herald.api.attribution.sites;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import io.herald.api.db.Transactions;
import io.herald.api.web.AccessRules;
import io.herald.api.web.ApiException;
import io.herald.api.web.ApiService;
import io.herald.api.web.JsonBodies;
import io.herald.api.web.Responses;
import io.helidon.dbclient.DbClient;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/**
 * {@code /api/v1/sites} (admins): register the company's websites, list them with their public keys, rotate the
 * public key or the secret key (shown once, in the answer), set a site's cap on conversion values, delete.
 */
public final class SiteService implements ApiService {
    private final DbClient client;
    private final SiteRepository sites;
    private final JsonBodies bodies;
    private final Clock clock;

    public SiteService(DbClient client, SiteRepository sites, JsonBodies bodies, Clock clock) {
        this.client = client;
        this.sites = sites;
        this.bodies = bodies;
        this.clock = clock;
    }

    @Override
    public void routing(AccessRules rules) {
        rules.admin().get("/", this::list)
                .post("/", this::create)
                .get("/{id}", this::get)
                .post("/{id}/key", this::rotateKey)
                .post("/{id}/secret", this::rotateSecretKey)
                .put("/{id}/max-value", this::setMaxValue)
                .delete("/{id}", this::delete);
    }

    private void list(ServerRequest req, ServerResponse res) {
        Responses.json(res, sites.list(client.execute()));
    }

    private void create(ServerRequest req, ServerResponse res) {
        SiteRequest request = bodies.read(req, SiteRequest.class);
        Site site = Transactions.inTransaction(client, tx -> sites.create(
                tx, request.name(), request.allowedOrigins(), Optional.ofNullable(request.maxValue()), now()));
        res.header(HeaderNames.CACHE_CONTROL, "no-store"); // it shows the secret key
        Responses.created(res, "/api/v1/sites/" + site.id(), site);
    }

    private void get(ServerRequest req, ServerResponse res) {
        Responses.json(res, sites.find(client.execute(), id(req)).orElseThrow(SiteService::notFound));
    }

    private void rotateKey(ServerRequest req, ServerResponse res) {
        Responses.json(res, sites.rotateKey(client.execute(), id(req), now()).orElseThrow(SiteService::notFound));
    }

    /** The only answer that shows the new secret key: no cache may keep it. */
    private void rotateSecretKey(ServerRequest req, ServerResponse res) {
        Site site = sites.rotateSecretKey(client.execute(), id(req), now()).orElseThrow(SiteService::notFound);
        res.header(HeaderNames.CACHE_CONTROL, "no-store");
        Responses.json(res, site);
    }

    private void setMaxValue(ServerRequest req, ServerResponse res) {
        SiteRequest.MaxValue request = bodies.read(req, SiteRequest.MaxValue.class);
        Responses.json(res, sites.setMaxValue(client.execute(), id(req), Optional.ofNullable(request.maxValue()))
                .orElseThrow(SiteService::notFound));
    }

    private void delete(ServerRequest req, ServerResponse res) {
        if (!sites.delete(client.execute(), id(req), now())) {
            throw notFound();
        }
        Responses.noContent(res);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static String id(ServerRequest req) {
        return req.path().pathParameters().get("id");
    }

    private static ApiException notFound() {
        return ApiException.notFound("There is no site with this id.");
    }
}
