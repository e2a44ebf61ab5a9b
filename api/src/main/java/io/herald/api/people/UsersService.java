package io.herald.api.people;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import io.herald.api.db.Database;
import io.herald.api.web.AccessRules;
import io.herald.api.web.ApiException;
import io.herald.api.web.ApiService;
import io.herald.api.web.Choice;
import io.herald.api.web.JsonBodies;
import io.herald.api.web.Page;
import io.herald.api.web.Paging;
import io.herald.api.web.QueryParams;
import io.herald.api.web.Responses;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.helidon.dbclient.DbExecute;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/**
 * {@code /api/v1/users} (admins): list people by status and team, read one, change role, team and status. Someone
 * still invited is answered with the state of their latest invite ({@code invite}: pending, expired or revoked), so a
 * console can tell a revoked invitation from one still waiting.
 */
public final class UsersService implements ApiService {
    private final Database database;
    private final UserRepository users;
    private final UserChanges changes;
    private final JsonBodies bodies;
    private final Clock clock;

    public UsersService(Database database, UserRepository users, UserChanges changes, JsonBodies bodies,
                        Clock clock) {
        this.database = database;
        this.users = users;
        this.changes = changes;
        this.bodies = bodies;
        this.clock = clock;
    }

    /** A person as answered: the user, and for someone still invited the state of their latest invite. */
    public record Person(@JsonUnwrapped User user, Optional<String> invite) {
    }

    private Person person(DbExecute db, User user) {
        return new Person(user, user.status() == UserStatus.INVITED
                ? users.latestInviteState(db, user.id(), clock.instant()) : Optional.empty());
    }

    @Override
    public void routing(AccessRules rules) {
        rules.admin().get("/", this::list)
                .get("/{id}", this::get)
                .patch("/{id}", this::patch);
    }

    private void list(ServerRequest req, ServerResponse res) {
        Optional<UserStatus> status = Choice.query(req, UserStatus.class, "status");
        Optional<String> teamId = QueryParams.text(req, "teamId", 36);
        Paging paging = Paging.of(req);
        DbExecute db = database.client().execute();
        List<Person> people = users.list(db, status, teamId, paging).stream().map(user -> person(db, user)).toList();
        Responses.json(res, new Page<>(people, paging.page(), paging.size(), users.count(db, status, teamId)));
    }

    private void get(ServerRequest req, ServerResponse res) {
        String id = req.path().pathParameters().get("id");
        DbExecute db = database.client().execute();
        Responses.json(res, person(db, users.find(db, id)
                .orElseThrow(() -> ApiException.notFound("There is no user with id " + id + "."))));
    }

    private void patch(ServerRequest req, ServerResponse res) {
        UserPatch patch = bodies.read(req, UserPatch.class);
        User changed = changes.apply(req.path().pathParameters().get("id"), patch.change());
        Responses.json(res, person(database.client().execute(), changed));
    }
}
