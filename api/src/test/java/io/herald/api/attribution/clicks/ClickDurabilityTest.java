package io.herald.api.attribution.clicks;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import io.herald.api.Herald;
import io.herald.api.TestCalls;
import io.herald.api.TestCalls.Caller;
import io.herald.api.TestHerald;
import io.herald.api.TestServer;
import io.herald.api.TestUsers;
import io.herald.api.attribution.TestContent;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import static io.herald.api.attribution.TestLinks.link;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

/**
 * Without the click journal (switched off here; the same holds when it is full or failing), clicks survive a database
 * outage in memory (up to the buffer's bound, the rest counted as dropped) and a graceful shutdown. The outage is
 * real: the clicks table is renamed away under the running server. {@link JournalOutageTest} is the same outage with
 * the journal.
 */
@ServerTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClickDurabilityTest {
    private static final String URL = "jdbc:h2:mem:herald-" + UUID.randomUUID()
                                      + ";MODE=Oracle;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    private static final String CHROME = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
                                         + "(KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36";
    // Batches wait an hour to fill: only a flush or the shutdown writes them.
    private static final Herald HERALD = TestHerald.start(Map.of("db.connection.url", URL,
                                                                 "herald.redirect.journal.enabled", "false",
                                                                 "herald.redirect.buffer-size", "20",
                                                                 "herald.redirect.flush-interval", "PT1H",
                                                                 "herald.redirect.retry-interval", "PT0.02S",
                                                                 "herald.redirect.max-retry-interval", "PT0.1S"),
                                                          Clock.systemUTC());
    private static final TestContent CONTENT = new TestContent(HERALD);

    private final TestCalls api;

    ClickDurabilityTest(Http1Client client) {
        this.api = new TestCalls(client);
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
    @Order(1)
    void whileTheDatabaseIsDownRedirectsGoOnAndClicksAreHeldUpToTheBound() throws SQLException {
        String code = link(api, new TestUsers(HERALD).employee(), CONTENT.published("outage", "https://example.com/o"),
                               "x");
        ClickBuffer buffer = HERALD.attribution().clickBuffer();
        long droppedBefore = buffer.dropped();
        sql("ALTER TABLE clicks RENAME TO clicks_away");
        try {
            for (int i = 0; i < 30; i++) {
                assertThat(redirect(code), is(302));
            }
            assertThat(buffer.held(), is(20));
            assertThat(buffer.dropped() - droppedBefore, is(10L));
            assertThat(HERALD.attribution().clickWriter().flush(Duration.ofMillis(300)), is(false));
        } finally {
            sql("ALTER TABLE clicks_away RENAME TO clicks");
        }
        assertThat(HERALD.attribution().clickWriter().flush(Duration.ofSeconds(30)), is(true));
        assertThat(count(), is(20L));

        assertThat(api.get("/observe/metrics", Caller.ANONYMOUS, HeaderValues.create(HeaderNames.ACCEPT, "text/plain"))
                           .bodyText(), containsString("herald_clicks_dropped_total"));
    }

    @Test
    @Order(2)
    void aGracefulShutdownWritesEveryClickHeld() throws SQLException {
        String code = link(api, new TestUsers(HERALD).employee(), CONTENT.published("bye", "https://example.com/b"),
                           "x");
        long before = count();
        for (int i = 0; i < 15; i++) {
            assertThat(redirect(code), is(302));
        }
        HERALD.close();
        assertThat(count() - before, is(15L));
    }

    private int redirect(String code) {
        return api.get("/r/" + code, Caller.ANONYMOUS, HeaderValues.create(HeaderNames.USER_AGENT, CHROME)).status();
    }

    private static long count() throws SQLException {
        return DirectSql.clicks(URL);
    }

    private static void sql(String statement) throws SQLException {
        DirectSql.execute(URL, statement);
    }
}
