package io.herald.api.web;

import java.sql.SQLException;

import io.helidon.dbclient.DbClientException;
import io.helidon.http.HeaderNames;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webclient.http1.Http1ClientResponse;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import org.junit.jupiter.api.Test;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

/**
 * A write refused by a foreign or unique key, wherever it happens, is a 409 problem; other database failures stay
 * 500s. The errors are raised as the DB Client raises them, with the SQL states and codes of H2 and Oracle.
 */
@ServerTest
class ConstraintConflictTest {
    private final Http1Client client;

    ConstraintConflictTest(Http1Client client) {
        this.client = client;
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        ProblemHandler.register(routing, new Routes(routing, (req, access) -> { }));
        routing.get("/h2-child-rows", (req, res) -> {
                    throw new DbClientException("delete failed", new SQLException("child rows", "23503", 23503));
                })
                .get("/oracle-child-record", (req, res) -> {
                    throw new DbClientException("delete failed",
                                                new SQLException("ORA-02292: child record found", "23000", 2292));
                })
                .get("/oracle-unique", (req, res) -> {
                    throw new DbClientException("insert failed",
                                                new SQLException("ORA-00001: unique constraint", "23000", 1));
                })
                .get("/not-null", (req, res) -> {
                    throw new DbClientException("insert failed", new SQLException("NULL not allowed", "23502", 23502));
                })
                .get("/connection", (req, res) -> {
                    throw new DbClientException("no connection", new SQLException("refused", "08001"));
                });
    }

    @Test
    void foreignAndUniqueKeyViolationsAreConflicts() {
        for (String path : new String[] {"/h2-child-rows", "/oracle-child-record", "/oracle-unique"}) {
            try (Http1ClientResponse res = client.get(path).request()) {
                assertThat(path, res.status().code(), is(409));
                assertThat(res.headers().first(HeaderNames.CONTENT_TYPE).orElseThrow(),
                           containsString("application/problem+json"));
                assertThat(res.as(String.class), containsString("conflicts with other data"));
            }
        }
    }

    @Test
    void otherDatabaseFailuresAreServerErrors() {
        for (String path : new String[] {"/not-null", "/connection"}) {
            try (Http1ClientResponse res = client.get(path).request()) {
                assertThat(path, res.status().code(), is(500));
            }
        }
    }
}
