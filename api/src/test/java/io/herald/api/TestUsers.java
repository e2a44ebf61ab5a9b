package io.herald.api;

import java.util.Optional;
import java.util.UUID;

import io.herald.api.auth.Role;

/**
 * Signed-in people for tests: each call creates an active user and returns its session.
 *
 * <p>TEMPORARY implementation until the sign-in work lands: users are inserted directly and the token is
 * {@code test-<userId>}, understood only by {@link TestServer}'s stand-in filter. The auth work replaces the inside of
 * this class with real invites and ES256 tokens, keeping its methods, so tests written against it keep working.
 */
public final class TestUsers {
    private final Herald herald;

    public TestUsers(Herald herald) {
        this.herald = herald;
    }

    public record Session(String userId, String email, Role role, Optional<String> teamId, String accessToken) {
        /** The value of the Authorization header. */
        public String authorization() {
            return "Bearer " + accessToken;
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
        String id = UUID.randomUUID().toString();
        herald.database().client().execute()
                .dml("INSERT INTO teams (id, name, created_at) VALUES (?, ?, ?)", id, name, System.currentTimeMillis());
        return id;
    }

    private Session create(Role role, Optional<String> teamId) {
        String id = UUID.randomUUID().toString();
        String email = role.id() + "-" + id.substring(0, 8) + "@example.com";
        long now = System.currentTimeMillis();
        herald.database().client().execute()
                .dml("INSERT INTO users (id, email, display_name, role, team_id, status, invited_at, activated_at) "
                     + "VALUES (?, ?, ?, ?, ?, 'active', ?, ?)",
                     id, email, "Test " + role.id(), role.id(), teamId.orElse(null), now, now);
        return new Session(id, email, role, teamId, "test-" + id);
    }
}
