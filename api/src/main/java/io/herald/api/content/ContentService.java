package io.herald.api.content;

import io.herald.api.auth.CurrentUser;
import io.herald.api.web.AccessRules;
import io.herald.api.web.ApiException;
import io.herald.api.web.ApiService;
import io.herald.api.web.ETags;
import io.herald.api.web.JsonBodies;
import io.herald.api.web.Paging;
import io.herald.api.web.Responses;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/**
 * {@code /api/v1/content}: the admins' library. Archiving is {@code POST /{id}/archive} rather than DELETE, because
 * nothing is deleted: tracked links and statistics keep pointing at the item, and an update can republish it.
 */
public final class ContentService implements ApiService {
    private static final String PATH = "/api/v1/content";
    /** An item's path; never "preview", which is {@code POST /api/v1/content/preview} (a 405 for other methods). */
    private static final String ITEM = "/{id:(?!preview$)[^/]+}";

    private final ContentLibrary content;
    private final JsonBodies bodies;

    public ContentService(ContentLibrary content, JsonBodies bodies) {
        this.content = content;
        this.bodies = bodies;
    }

    @Override
    public void routing(AccessRules rules) {
        rules.admin().get("/", this::list)
                .post("/", this::create)
                .get(ITEM, this::get)
                .put(ITEM, this::update)
                .post("/{id}/archive", this::archive);
    }

    private void list(ServerRequest req, ServerResponse res) {
        Responses.json(res, content.list(LibraryFilter.of(req), Paging.of(req)));
    }

    private void create(ServerRequest req, ServerResponse res) {
        CurrentUser admin = CurrentUser.of(req);
        ContentItem item = content.create(bodies.read(req, ContentRequest.class), admin);
        res.header(HeaderNames.ETAG, item.etag());
        Responses.created(res, PATH + "/" + item.id(), item);
    }

    private void get(ServerRequest req, ServerResponse res) {
        send(res, content.get(id(req)));
    }

    /** {@code If-Match} is required: without it, two admins editing at once would silently overwrite each other. */
    private void update(ServerRequest req, ServerResponse res) {
        CurrentUser admin = CurrentUser.of(req);
        String ifMatch = ETags.ifMatch(req)
                .filter(value -> !value.equals("*"))
                .orElseThrow(() -> ApiException.preconditionRequired(
                        "Send If-Match with the ETag of the item as you read it, so concurrent edits are not lost."));
        send(res, content.update(id(req), ifMatch, bodies.read(req, ContentRequest.class), admin));
    }

    private void archive(ServerRequest req, ServerResponse res) {
        CurrentUser admin = CurrentUser.of(req);
        send(res, content.archive(id(req), admin));
    }

    private static void send(ServerResponse res, ContentItem item) {
        res.header(HeaderNames.ETAG, item.etag());
        Responses.json(res, item);
    }

    private static String id(ServerRequest req) {
        return req.path().pathParameters().get("id");
    }
}
