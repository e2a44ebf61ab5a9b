package io.herald.api.attribution.clicks;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

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
import org.junit.jupiter.api.Test;

import static io.herald.api.attribution.TestLinks.link;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

/**
 * A database outage with the click journal: the clicks wait in the journal, not in memory, so the memory buffer's
 * bound drops none of them; they are stored when the database is back, and a shutdown while it is still down leaves
 * them in the journal for the next start. The outage is real: the clicks table is renamed away under the server.
 */
@ServerTest
class JournalOutageTest {
    private static final String URL = TestHerald.memoryDatabaseUrl();
    private static final Path DATA = TestHerald.tempDir();
    private static final String CHROME = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
                                         + "(KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36";
    private static final Map<String, String> SETTINGS = Map.of("db.connection.url", URL,
                                                               "herald.data-dir", DATA.toString(),
                                                               "herald.redirect.buffer-size", "20",
                                                               "herald.redirect.flush-interval", "PT1H",
                                                               "herald.redirect.retry-interval", "PT0.02S",
                                                               "herald.redirect.max-retry-interval", "PT0.1S",
                                                               "herald.redirect.shutdown-timeout", "PT0.5S");
    private static final Herald HERALD = TestHerald.start(SETTINGS, Clock.systemUTC());
    private static final TestContent CONTENT = new TestContent(HERALD);

    private final TestCalls api;

    JournalOutageTest(Http1Client client) {
        this.api = new TestCalls(client);
    }

    @SetUpServer
    static void server(WebServerConfig.Builder server) {
        TestServer.setUp(server, HERALD);
    }

    @Test
    void clicksWaitInTheJournalWhileTheDatabaseIsDownAndAcrossAStop() throws SQLException {
        String code = link(api, new TestUsers(HERALD).employee(), CONTENT.published("outage", "https://example.com/o"),
                           "x");
        ClickBuffer buffer = HERALD.attribution().clickBuffer();
        DirectSql.execute(URL, "ALTER TABLE clicks RENAME TO clicks_away");
        try {
            for (int i = 0; i < 30; i++) {
                assertThat(redirect(code), is(302));
            }
            assertThat("none held in memory", buffer.held(), is(0));
            assertThat(buffer.dropped(), is(0L));
            assertThat(HERALD.attribution().clickWriter().flush(Duration.ofMillis(300)), is(false));
        } finally {
            DirectSql.execute(URL, "ALTER TABLE clicks_away RENAME TO clicks");
        }
        assertThat(HERALD.attribution().clickWriter().flush(Duration.ofSeconds(30)), is(true));
        assertThat(DirectSql.clicks(URL), is(30L));

        // Down again, and Herald stops before it is back: the ten clicks stay in the journal.
        for (int i = 0; i < 10; i++) {
            assertThat(redirect(code), is(302));
        }
        DirectSql.execute(URL, "ALTER TABLE clicks RENAME TO clicks_away");
        HERALD.close();
        assertThat(HERALD.attribution().clickBuffer().dropped(), is(0L));
        DirectSql.execute(URL, "ALTER TABLE clicks_away RENAME TO clicks");
        assertThat(DirectSql.clicks(URL), is(30L));

        Herald restarted = TestHerald.start(SETTINGS, Clock.systemUTC());
        try {
            assertThat(restarted.attribution().clickJournal().orElseThrow().recovered(), is(10));
            assertThat(restarted.attribution().clickWriter().flush(Duration.ofSeconds(30)), is(true));
            assertThat(DirectSql.clicks(URL), is(40L));
        } finally {
            restarted.close();
        }
    }

    private int redirect(String code) {
        return api.get("/r/" + code, Caller.ANONYMOUS, HeaderValues.create(HeaderNames.USER_AGENT, CHROME)).status();
    }
}
