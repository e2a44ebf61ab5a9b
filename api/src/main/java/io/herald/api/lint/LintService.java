package io.herald.api.lint;

import io.herald.api.auth.Access;
import io.herald.api.web.JsonBodies;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** {@code /api/v1/lint}: any signed-in person checks a draft against the company's guidelines. */
public final class LintService implements HttpService {
    private final Linter lint;
    private final JsonBodies bodies;

    public LintService(Linter lint, JsonBodies bodies) {
        this.lint = lint;
        this.bodies = bodies;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/", this::lint);
    }

    private void lint(ServerRequest req, ServerResponse res) {
        String result = lint.lint(Access.user(req), bodies.read(req, LintBody.class));
        res.header(HeaderNames.CONTENT_TYPE, "application/json");
        res.send(result);
    }
}
