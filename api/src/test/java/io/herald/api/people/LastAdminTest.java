package io.herald.api.people;

import java.util.Map;

import io.herald.api.Herald;
import io.herald.api.TestCalls.Reply;
import io.herald.api.TestCalls;
import io.herald.api.TestHerald;
import io.herald.api.TestServer;
import io.herald.api.TestUsers;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

/** Herald never loses its last active admin; its own installation, so that admin really is the only one. */
@ServerTest
class LastAdminTest {
    private static final Herald HERALD = TestHerald.start();

    private final TestCalls calls;
    private final TestUsers users = new TestUsers(HERALD);

    LastAdminTest(Http1Client client) {
        this.calls = new TestCalls(client);
    }

    @SetUpServer
    static void server(WebServerConfig.Builder server) {
        TestServer.setUp(server, HERALD);
    }

    @AfterAll
    static void close() {
        HERALD.close();
    }

    @Test
    void lastActiveAdminCanBeNeitherDemotedNorDeactivatedUntilThereIsAnother() {
        TestUsers.Session only = users.admin();

        Reply demote = patch(only, only.userId(), Map.of("role", "employee"));
        assertThat(demote.status(), is(409));
        assertThat(demote.text("detail"), containsString("last active admin"));
        assertThat(patch(only, only.userId(), Map.of("status", "deactivated")).status(), is(409));

        TestUsers.Session second = users.admin();
        assertThat(patch(only, only.userId(), Map.of("role", "employee")).status(), is(200));

        // Now the second admin is the last one, and cannot be deactivated.
        assertThat(patch(second, second.userId(), Map.of("status", "deactivated")).status(), is(409));
    }

    private Reply patch(TestUsers.Session admin, String id, Map<String, ?> body) {
        return calls.patch("/api/v1/users/" + id, admin, body);
    }
}
