package io.herald.api.people;

import java.util.Optional;

import io.herald.api.auth.Access;
import io.herald.api.db.Database;
import io.herald.api.web.ApiException;
import io.herald.api.web.JsonBodies;
import io.herald.api.web.Page;
import io.herald.api.web.Paging;
import io.herald.api.web.QueryParams;
import io.herald.api.web.Responses;
import io.helidon.dbclient.DbExecute;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** {@code /api/v1/users} (admins): list people by status and team, read one, change role, team and status. */
public final class UsersService implements HttpService {
    private final Database database;
    private final UserRepository users;
    private final UserChanges changes;
    private final JsonBodies bodies;

    public UsersService(Database database, UserRepository users, UserChanges changes, JsonBodies bodies) {
        this.database = database;
        this.users = users;
        this.changes = changes;
        this.bodies = bodies;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", this::list)
                .get("/{id}", this::get)
                .patch("/{id}", this::patch);
    }

    private void list(ServerRequest req, ServerResponse res) {
        Access.admin(req);
        Optional<UserStatus> status = QueryParams.text(req, "status", 16).map(id -> UserStatus.fromId(id)
                .orElseThrow(() -> ApiException.invalidField("status", "has an unknown value '" + id
                                                                       + "'; expected invited, active or "
                                                                       + "deactivated.")));
        Optional<String> teamId = QueryParams.text(req, "teamId", 36);
        Paging paging = Paging.of(req);
        DbExecute db = database.client().execute();
        Responses.json(res, new Page<>(users.list(db, status, teamId, paging), paging.page(), paging.size(),
                                       users.count(db, status, teamId)));
    }

    private void get(ServerRequest req, ServerResponse res) {
        Access.admin(req);
        String id = req.path().pathParameters().get("id");
        Responses.json(res, users.find(database.client().execute(), id)
                .orElseThrow(() -> ApiException.notFound("There is no user with id " + id + ".")));
    }

    private void patch(ServerRequest req, ServerResponse res) {
        Access.admin(req);
        UserPatch patch = bodies.read(req, UserPatch.class);
        Responses.json(res, changes.apply(req.path().pathParameters().get("id"), patch.change()));
    }
}
