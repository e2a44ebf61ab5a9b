package io.herald.api.lint;

import io.herald.api.auth.CurrentUser;
import io.herald.api.limits.Limit;
import io.herald.api.web.AccessRules;
import io.herald.api.web.ApiService;
import io.herald.api.web.JsonBodies;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** {@code /api/v1/lint}: any signed-in person checks a draft against the company's guidelines. */
public final class LintService implements ApiService {
    private final Linter lint;
    private final JsonBodies bodies;
    private final Limit limit;

    public LintService(Linter lint, JsonBodies bodies, Limit limit) {
        this.lint = lint;
        this.bodies = bodies;
        this.limit = limit;
    }

    @Override
    public void routing(AccessRules rules) {
        rules.signedIn().post("/", this::lint);
    }

    private void lint(ServerRequest req, ServerResponse res) {
        limit.byAddress(req);
        CurrentUser user = CurrentUser.of(req);
        limit.byPrincipal(user.id());
        String result = lint.lint(user, bodies.read(req, LintBody.class));
        res.header(HeaderNames.CONTENT_TYPE, "application/json");
        res.send(result);
    }
}
