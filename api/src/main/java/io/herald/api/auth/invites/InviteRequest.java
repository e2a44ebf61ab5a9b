package io.herald.api.auth.invites;

import java.util.Optional;

import io.herald.api.people.Role;
import io.herald.api.web.Fields;

/** The body of {@code POST /api/v1/invites}: who, with which role, in which team (a team id; optional). */
public record InviteRequest(String email, Role role, String team) {
    public InviteRequest {
        email = Fields.email("email", email);
        Fields.required("role", role);
        team = Fields.optionalText("team", team, 36);
    }

    public Optional<String> teamId() {
        return Optional.ofNullable(team);
    }
}
