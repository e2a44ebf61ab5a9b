package io.herald.api.attribution.links;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import io.herald.api.attribution.ContentTarget;
import io.herald.api.attribution.ContentTargets;
import io.herald.api.attribution.redirect.RedirectTable;
import io.herald.api.auth.CurrentUser;
import io.herald.api.limits.Limit;
import io.herald.api.web.AccessRules;
import io.herald.api.web.ApiException;
import io.herald.api.web.ApiService;
import io.herald.api.web.JsonBodies;
import io.herald.api.web.Responses;
import io.helidon.dbclient.DbClient;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/**
 * {@code /api/v1/links}: an employee's personal tracked links.
 *
 * <p>{@code POST} returns the employee's one link for the content item and platform: 201 when it is made, 200 with
 * the same link on every later ask (concurrent asks included). The item must be one the employee may share now, by
 * the library's rule for what employees see: published, inside its window, in their audience. Anything else, a draft,
 * a scheduled item, another team's, an archived or expired one, is a 404 as for an unknown id: a link would reveal
 * the URL through its redirect. A link the employee already has is theirs whatever became of its item since (it keeps
 * redirecting after the item is archived or expires, and tells them nothing they did not know).
 */
public final class LinkService implements ApiService {
    private final DbClient client;
    private final LinkRepository links;
    private final ContentTargets targets;
    private final RedirectTable redirects;
    private final JsonBodies bodies;
    private final String publicUrl;
    private final Limit limit;
    private final Clock clock;

    public LinkService(DbClient client, LinkRepository links, ContentTargets targets, RedirectTable redirects, JsonBodies bodies,
                       String publicUrl, Limit limit, Clock clock) {
        this.client = client;
        this.links = links;
        this.targets = targets;
        this.redirects = redirects;
        this.bodies = bodies;
        this.publicUrl = publicUrl;
        this.limit = limit;
        this.clock = clock;
    }

    @Override
    public void routing(AccessRules rules) {
        rules.signedIn().post("/", this::obtain)
                .get("/{code}", this::get);
    }

    private void obtain(ServerRequest req, ServerResponse res) {
        limit.byAddress(req);
        CurrentUser user = CurrentUser.of(req);
        limit.byPrincipal(user.id());
        LinkRequest request = bodies.read(req, LinkRequest.class);
        Optional<Link> existing = links.findOwned(client.execute(), user.id(), request.contentId(), request.platform());
        if (existing.isPresent()) {
            Responses.json(res, Status.OK_200, LinkResponse.of(existing.get(), publicUrl));
            return;
        }
        ContentTarget target = targets.shareable(request.contentId(), user)
                .orElseThrow(() -> ApiException.notFound("There is no content item " + request.contentId() + "."));
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        LinkRepository.Obtained obtained = links.obtain(client.execute(), user.id(), request.contentId(), request.platform(), now);
        if (obtained.created()) {
            redirects.add(obtained.link(), target);
            Responses.created(res, "/api/v1/links/" + obtained.link().code(), LinkResponse.of(obtained.link(), publicUrl));
        } else {
            Responses.json(res, Status.OK_200, LinkResponse.of(obtained.link(), publicUrl));
        }
    }

    /** One of the employee's own links; someone else's is a 404 like an unknown one. */
    private void get(ServerRequest req, ServerResponse res) {
        CurrentUser user = CurrentUser.of(req);
        String code = req.path().pathParameters().get("code");
        Link link = links.findByCode(client.execute(), code)
                .filter(l -> l.ownedBy(user.id()))
                .orElseThrow(() -> ApiException.notFound("You have no tracked link with this code."));
        Responses.json(res, LinkResponse.of(link, publicUrl));
    }
}
