package io.herald.api.guidelines;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import io.herald.api.auth.CurrentUser;
import io.herald.api.web.AccessRules;
import io.herald.api.web.ApiService;
import io.herald.api.web.ETags;
import io.herald.api.web.JsonBodies;
import io.herald.api.web.Paging;
import io.herald.api.web.Responses;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/**
 * {@code /api/v1/guidelines}: the current rule set for every signed-in user (the extension caches it and revalidates
 * with {@code If-None-Match}), replacement and history for admins.
 */
public final class GuidelinesService implements ApiService {
    private final Guidelines guidelines;
    private final JsonBodies bodies;

    public GuidelinesService(Guidelines guidelines, JsonBodies bodies) {
        this.guidelines = guidelines;
        this.bodies = bodies;
    }

    @Override
    public void routing(AccessRules rules) {
        rules.signedIn().get("/", this::current);
        rules.admin().put("/", this::replace)
                .get("/history", this::history);
    }

    private void current(ServerRequest req, ServerResponse res) {
        GuidelineSet set = guidelines.current();
        if (ETags.notModified(req, set.etag())) {
            res.header(HeaderNames.ETAG, set.etag());
            res.status(Status.NOT_MODIFIED_304).send();
            return;
        }
        send(res, set);
    }

    private void replace(ServerRequest req, ServerResponse res) {
        CurrentUser admin = CurrentUser.of(req);
        // "If-Match: *" asks for any current version (RFC 9110 §13.1.1); there always is one.
        Optional<String> ifMatch = ETags.ifMatch(req).filter(value -> !value.equals("*"));
        send(res, guidelines.replace(bodies.readBytes(req), ifMatch, admin));
    }

    private void history(ServerRequest req, ServerResponse res) {
        Responses.json(res, guidelines.history(Paging.of(req)));
    }

    /** The rule set itself is the body; clients revalidate it on every use ({@code no-cache}) through the ETag. */
    private static void send(ServerResponse res, GuidelineSet set) {
        res.header(HeaderNames.ETAG, set.etag());
        res.header(HeaderNames.CACHE_CONTROL, "no-cache");
        res.header(HeaderNames.CONTENT_TYPE, "application/json");
        res.send(set.ruleSet().getBytes(StandardCharsets.UTF_8));
    }
}
