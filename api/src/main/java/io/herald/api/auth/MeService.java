package io.herald.api.auth;

import io.herald.api.db.Database;
import io.herald.api.people.UserRepository;
import io.herald.api.web.AccessRules;
import io.herald.api.web.ApiException;
import io.herald.api.web.ApiService;
import io.herald.api.web.Responses;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** {@code GET /api/v1/me}: the signed-in person, as the database has them now. */
public final class MeService implements ApiService {
    private final Database database;
    private final UserRepository users;

    public MeService(Database database, UserRepository users) {
        this.database = database;
        this.users = users;
    }

    @Override
    public void routing(AccessRules rules) {
        rules.signedIn().get("/", this::me);
    }

    private void me(ServerRequest req, ServerResponse res) {
        String id = CurrentUser.of(req).id();
        Responses.json(res, users.find(database.client().execute(), id)
                .orElseThrow(() -> ApiException.unauthorized("The signed-in account no longer exists.")));
    }
}
