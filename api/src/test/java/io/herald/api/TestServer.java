package io.herald.api;

import io.herald.api.auth.CurrentUser;
import io.herald.api.auth.Role;
import io.herald.api.db.Rows;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.WebServerConfig;

/**
 * Sets up a test server exactly as {@link Main#setUp} does.
 *
 * <p>TEMPORARY: until the sign-in work lands it also installs a stand-in filter that accepts the
 * {@code test-<userId>} tokens of {@link TestUsers}. The auth work deletes that filter so this becomes a plain call
 * of {@link Main#setUp}.
 */
public final class TestServer {
    private TestServer() {
    }

    public static void setUp(WebServerConfig.Builder server, Herald herald) {
        Main.features(server, herald);
        server.routing(routing -> {
            routing.addFilter((chain, req, res) -> {
                req.headers().first(HeaderNames.AUTHORIZATION)
                        .filter(value -> value.startsWith("Bearer test-"))
                        .map(value -> value.substring("Bearer test-".length()))
                        .flatMap(id -> herald.database().client().execute()
                                .get("SELECT * FROM users WHERE id = ? AND status = 'active'", id))
                        .ifPresent(row -> req.context().register(new CurrentUser(
                                Rows.string(row, "id"), Rows.string(row, "email"),
                                Rows.optionalString(row, "display_name").orElse(""),
                                Role.fromId(Rows.string(row, "role")),
                                Rows.optionalString(row, "team_id"))));
                chain.proceed();
            });
            Main.routing(routing, herald);
        });
    }

}
