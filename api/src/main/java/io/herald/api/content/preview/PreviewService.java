package io.herald.api.content.preview;

import io.herald.api.auth.Access;
import io.herald.api.web.JsonBodies;
import io.herald.api.web.Responses;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** {@code POST /api/v1/content/preview} (admins): a page's title, summary and image, for an item's form. */
public final class PreviewService implements HttpService {
    private final PagePreviews previews;
    private final JsonBodies bodies;

    public PreviewService(PagePreviews previews, JsonBodies bodies) {
        this.previews = previews;
        this.bodies = bodies;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/", this::preview);
    }

    private void preview(ServerRequest req, ServerResponse res) {
        Access.admin(req);
        Responses.json(res, previews.preview(bodies.read(req, PreviewRequest.class).url()));
    }
}
