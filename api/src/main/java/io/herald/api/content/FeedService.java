package io.herald.api.content;

import io.herald.api.auth.CurrentUser;
import io.herald.api.web.AccessRules;
import io.herald.api.web.ApiService;
import io.herald.api.web.Paging;
import io.herald.api.web.Responses;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** {@code GET /api/v1/feed}: what the signed-in employee may share now. */
public final class FeedService implements ApiService {
    private final ContentLibrary content;

    public FeedService(ContentLibrary content) {
        this.content = content;
    }

    @Override
    public void routing(AccessRules rules) {
        rules.signedIn().get("/", this::feed);
    }

    private void feed(ServerRequest req, ServerResponse res) {
        Responses.json(res, content.feed(CurrentUser.of(req), FeedFilter.of(req), Paging.of(req)));
    }
}
