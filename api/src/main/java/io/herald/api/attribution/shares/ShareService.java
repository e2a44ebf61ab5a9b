package io.herald.api.attribution.shares;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import io.herald.api.attribution.ContentTargets;
import io.herald.api.attribution.links.Link;
import io.herald.api.attribution.links.LinkRepository;
import io.herald.api.auth.CurrentUser;
import io.herald.api.db.ConstraintViolations;
import io.herald.api.db.Transactions;
import io.herald.api.web.AccessRules;
import io.herald.api.web.ApiException;
import io.herald.api.web.ApiService;
import io.herald.api.web.JsonBodies;
import io.herald.api.web.Responses;
import io.helidon.dbclient.DbClient;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/**
 * {@code /api/v1/shares}: an employee records a post they published.
 *
 * <p>Idempotent on the client's {@code id}: the first call answers 201, a retry of the same request 200 with the
 * same body, and never a second row (concurrent retries included: the primary key decides). The same id with a
 * different request, or from someone else, is a 409. The post text is stored only when
 * {@code herald.shares.store-text} is true; otherwise a {@code text} field is accepted and dropped.
 */
public final class ShareService implements ApiService {
    /** Posts are recorded right after publishing; a timestamp far ahead is a client clock or a bug. */
    private static final Duration FUTURE_TOLERANCE = Duration.ofHours(1);

    /** Attempts at recording one share when a row it creates (a rollup or lock row) was created at the same moment. */
    private static final int ATTEMPTS = 3;

    private final DbClient client;
    private final ShareRepository shares = new ShareRepository();
    private final LinkRepository links;
    private final ContentTargets targets;
    private final JsonBodies bodies;
    private final boolean storeText;
    private final Clock clock;

    public ShareService(DbClient client, LinkRepository links, ContentTargets targets, JsonBodies bodies,
                        boolean storeText, Clock clock) {
        this.client = client;
        this.links = links;
        this.targets = targets;
        this.bodies = bodies;
        this.storeText = storeText;
        this.clock = clock;
    }

    /**
     * Records the share in one transaction, again when a unique key refused a write: the share's own id (a retry; the
     * caller answers with the first share), or a rollup or lock row that a share recorded at the same moment created
     * first.
     */
    private void insert(Share share, Optional<String> text) {
        for (int attempt = 1; ; attempt++) {
            try {
                Transactions.inTransaction(client, tx -> shares.insert(tx, share, text));
                return;
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS || !ConstraintViolations.isViolation(e)
                    || shares.find(client.execute(), share.id()).isPresent()) {
                    throw e;
                }
            }
        }
    }

    @Override
    public void routing(AccessRules rules) {
        rules.signedIn().post("/", this::record)
                .get("/{id}", this::get);
    }

    private void record(ServerRequest req, ServerResponse res) {
        CurrentUser user = CurrentUser.of(req);
        ShareRequest request = bodies.read(req, ShareRequest.class);
        String hash = request.hash();
        Optional<Share> earlier = shares.find(client.execute(), request.id().toString());
        if (earlier.isPresent()) {
            Responses.json(res, sameShare(earlier.get(), user, hash));
            return;
        }
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        if (request.postedAt().isAfter(now.plus(FUTURE_TOLERANCE))) {
            throw ApiException.invalidField("postedAt", "is in the future.");
        }
        Optional<Link> link = link(user, request);
        String contentId = link.map(Link::contentId).orElse(request.contentId());
        Share share = new Share(request.id().toString(), user.id(), user.teamId(), link.map(Link::id),
                                link.map(Link::code), contentId, request.platform(), request.postedAt(),
                                request.ownWords(), request.findings(), Optional.ofNullable(request.fingerprint()),
                                Optional.ofNullable(request.postUrl()), hash, now);
        try {
            insert(share, storeText ? Optional.ofNullable(request.text()) : Optional.empty());
        } catch (RuntimeException e) {
            if (!ConstraintViolations.isViolation(e)) {
                throw e;
            }
            Share winner = shares.find(client.execute(), share.id()).orElseThrow(() -> e);
            Responses.json(res, sameShare(winner, user, hash));
            return;
        }
        Responses.created(res, "/api/v1/shares/" + share.id(), share);
    }

    private void get(ServerRequest req, ServerResponse res) {
        CurrentUser user = CurrentUser.of(req);
        String id = req.path().pathParameters().get("id");
        Share share = shares.find(client.execute(), id).filter(s -> s.userId().equals(user.id()))
                .orElseThrow(() -> ApiException.notFound("You have recorded no share with this id."));
        Responses.json(res, share);
    }

    /**
     * The link the share went out with: the employee's own, on the same platform and content. Without one, the item
     * must be one the employee may share now (as in the feed); any other is a 404 as for an unknown id.
     */
    private Optional<Link> link(CurrentUser user, ShareRequest request) {
        if (request.linkCode() == null) {
            targets.shareable(request.contentId(), user)
                    .orElseThrow(() -> ApiException.notFound("There is no content item " + request.contentId() + "."));
            return links.findOwned(client.execute(), user.id(), request.contentId(), request.platform());
        }
        Link link = links.findByCode(client.execute(), request.linkCode())
                .filter(l -> l.ownedBy(user.id()))
                .orElseThrow(() -> ApiException.notFound("You have no tracked link with this code."));
        if (link.platform() != request.platform()) {
            throw ApiException.invalidField("platform", "does not match the link's platform ("
                                                        + link.platform().id() + ").");
        }
        if (request.contentId() != null && !request.contentId().equals(link.contentId())) {
            throw ApiException.invalidField("contentId", "does not match the link's content item.");
        }
        return Optional.of(link);
    }

    private static Share sameShare(Share earlier, CurrentUser user, String hash) {
        if (!earlier.userId().equals(user.id()) || !earlier.requestHash().equals(hash)) {
            throw ApiException.conflict("A different share was already recorded with this id; "
                                        + "generate a new id for a new share.");
        }
        return earlier;
    }
}
