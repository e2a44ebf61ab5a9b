package io.herald.api.challenges;

import io.herald.api.auth.CurrentUser;
import io.herald.api.web.AccessRules;
import io.herald.api.web.ApiService;
import io.herald.api.web.JsonBodies;
import io.herald.api.web.Paging;
import io.herald.api.web.Responses;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/**
 * {@code /api/v1/challenges}: this week's challenges for anyone signed in ({@code /current}, for the extension), and
 * the admins' list (with participation), create, read, replace and delete.
 */
public final class ChallengesService implements ApiService {
    private static final String PATH = "/api/v1/challenges";
    /** One challenge's path; never "current", which only GET answers (a 405 for other methods). */
    private static final String ONE = "/{id:(?!current$)[^/]+}";

    private final Challenges challenges;
    private final JsonBodies bodies;

    public ChallengesService(Challenges challenges, JsonBodies bodies) {
        this.challenges = challenges;
        this.bodies = bodies;
    }

    @Override
    public void routing(AccessRules rules) {
        rules.signedIn().get("/current", this::current);
        rules.admin().get("/", this::list)
                .post("/", this::create)
                .get(ONE, this::get)
                .put(ONE, this::update)
                .delete(ONE, this::delete);
    }

    /** Changes when an admin edits a challenge or an item's window opens or closes: never cached. */
    private void current(ServerRequest req, ServerResponse res) {
        CurrentUser employee = CurrentUser.of(req);
        res.header(HeaderNames.CACHE_CONTROL, "no-store");
        Responses.json(res, challenges.current(employee));
    }

    private void list(ServerRequest req, ServerResponse res) {
        Responses.json(res, challenges.list(Paging.of(req)));
    }

    private void create(ServerRequest req, ServerResponse res) {
        CurrentUser admin = CurrentUser.of(req);
        Challenge challenge = challenges.create(bodies.read(req, ChallengeRequest.class), admin);
        Responses.created(res, PATH + "/" + challenge.id(), challenges.get(challenge.id()));
    }

    private void get(ServerRequest req, ServerResponse res) {
        Responses.json(res, challenges.get(id(req)));
    }

    private void update(ServerRequest req, ServerResponse res) {
        CurrentUser admin = CurrentUser.of(req);
        String id = id(req);
        challenges.update(id, bodies.read(req, ChallengeRequest.class), admin);
        Responses.json(res, challenges.get(id));
    }

    private void delete(ServerRequest req, ServerResponse res) {
        challenges.delete(id(req));
        Responses.noContent(res);
    }

    private static String id(ServerRequest req) {
        return req.path().pathParameters().get("id");
    }
}
