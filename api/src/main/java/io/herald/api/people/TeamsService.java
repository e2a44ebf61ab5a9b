package io.herald.api.people;

import io.herald.api.web.AccessRules;
import io.herald.api.web.ApiService;
import io.herald.api.web.JsonBodies;
import io.herald.api.web.Responses;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** {@code /api/v1/teams} (admins): list with member counts, create, rename, delete when empty. */
public final class TeamsService implements ApiService {
    private final Teams teams;
    private final JsonBodies bodies;

    public TeamsService(Teams teams, JsonBodies bodies) {
        this.teams = teams;
        this.bodies = bodies;
    }

    @Override
    public void routing(AccessRules rules) {
        rules.admin().get("/", this::list)
                .post("/", this::create)
                .get("/{id}", this::get)
                .put("/{id}", this::rename)
                .delete("/{id}", this::delete);
    }

    private void list(ServerRequest req, ServerResponse res) {
        Responses.json(res, teams.list());
    }

    private void create(ServerRequest req, ServerResponse res) {
        Team team = teams.create(bodies.read(req, TeamRequest.class).name());
        Responses.created(res, "/api/v1/teams/" + team.id(), team);
    }

    private void get(ServerRequest req, ServerResponse res) {
        Responses.json(res, teams.get(req.path().pathParameters().get("id")));
    }

    private void rename(ServerRequest req, ServerResponse res) {
        Team team = teams.rename(req.path().pathParameters().get("id"), bodies.read(req, TeamRequest.class).name());
        Responses.json(res, team);
    }

    private void delete(ServerRequest req, ServerResponse res) {
        teams.delete(req.path().pathParameters().get("id"));
        Responses.noContent(res);
    }
}
