package io.herald.api;

import java.util.Optional;
import java.util.UUID;

import io.herald.api.auth.RedeemRequest;
import io.herald.api.auth.invites.InviteRequest;
import io.herald.api.auth.invites.IssuedInvite;
import io.herald.api.people.Role;

/**
 * Signed-in people for tests: each call invites a new person, redeems the invite as they would, and returns their
 * session with a real ES256 access token.
 */
public final class TestUsers {
    private final Herald herald;

    public TestUsers(Herald herald) {
        this.herald = herald;
    }

    public record Session(String userId, String email, Role role, Optional<String> teamId, String accessToken)
            implements TestCalls.Caller {
        /** The value of the Authorization header. */
        public String authorization() {
            return "Bearer " + accessToken;
        }

        @Override
        public Optional<String> authorizationHeader() {
            return Optional.of(authorization());
        }
    }

    public Session admin() {
        return create(Role.ADMIN, Optional.empty());
    }

    public Session employee() {
        return create(Role.EMPLOYEE, Optional.empty());
    }

    public Session employee(String teamId) {
        return create(Role.EMPLOYEE, Optional.of(teamId));
    }

    /** Creates a team and returns its id. */
    public String team(String name) {
        return herald.people().teams().create(name).id();
    }

    /** Invites and signs in a new person; the whole session, refresh token included. */
    public io.herald.api.auth.Session signIn(Role role, Optional<String> teamId) {
        String email = role.id() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        IssuedInvite invite = herald.auth().invites().invite(Optional.empty(),
                                                      new InviteRequest(email, role, teamId.orElse(null)));
        return herald.auth().signIn().redeem(new RedeemRequest(invite.code(), "Test " + role.id(), null));
    }

    private Session create(Role role, Optional<String> teamId) {
        io.herald.api.auth.Session session = signIn(role, teamId);
        return new Session(session.user().id(), session.user().email(), role, teamId, session.accessToken());
    }
}
