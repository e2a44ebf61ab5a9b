package io.herald.api.auth.invites;

import java.util.Optional;

import io.herald.api.auth.CurrentUser;
import io.herald.api.web.AccessRules;
import io.herald.api.web.ApiService;
import io.herald.api.web.Choice;
import io.herald.api.web.JsonBodies;
import io.herald.api.web.Paging;
import io.herald.api.web.Responses;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** {@code /api/v1/invites} (admins): send an invite, list invites with their state, read one, revoke one. */
public final class InvitesService implements ApiService {
    private final Invites invites;
    private final JsonBodies bodies;

    public InvitesService(Invites invites, JsonBodies bodies) {
        this.invites = invites;
        this.bodies = bodies;
    }

    @Override
    public void routing(AccessRules rules) {
        rules.admin().get("/", this::list)
                .post("/", this::create)
                .get("/{id}", this::get)
                .delete("/{id}", this::revoke);
    }

    private void list(ServerRequest req, ServerResponse res) {
        Optional<InviteState> state = Choice.query(req, InviteState.class, "state");
        Responses.json(res, invites.list(state, Paging.of(req)));
    }

    private void create(ServerRequest req, ServerResponse res) {
        CurrentUser admin = CurrentUser.of(req);
        IssuedInvite invite = invites.invite(Optional.of(admin.id()), bodies.read(req, InviteRequest.class));
        Responses.created(res, "/api/v1/invites/" + invite.id(), invite);
    }

    private void get(ServerRequest req, ServerResponse res) {
        Responses.json(res, invites.get(req.path().pathParameters().get("id")));
    }

    private void revoke(ServerRequest req, ServerResponse res) {
        invites.revoke(req.path().pathParameters().get("id"));
        Responses.noContent(res);
    }
}
