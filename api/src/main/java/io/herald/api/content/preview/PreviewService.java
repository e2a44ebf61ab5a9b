package io.herald.api.content.preview;

import io.herald.api.web.AccessRules;
import io.herald.api.web.ApiService;
import io.herald.api.web.JsonBodies;
import io.herald.api.web.Responses;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** {@code POST /api/v1/content/preview} (admins): a page's title, summary and image, for an item's form. */
public final class PreviewService implements ApiService {
    private final PagePreviews previews;
    private final JsonBodies bodies;

    public PreviewService(PagePreviews previews, JsonBodies bodies) {
        this.previews = previews;
        this.bodies = bodies;
    }

    @Override
    public void routing(AccessRules rules) {
        rules.admin().post("/", this::preview);
    }

    private void preview(ServerRequest req, ServerResponse res) {
        Responses.json(res, previews.preview(bodies.read(req, PreviewRequest.class).url()));
    }
}
