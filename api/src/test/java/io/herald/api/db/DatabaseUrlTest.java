package io.herald.api.db;

import org.junit.jupiter.api.Test;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

/** The JDBC URL Herald logs at start has its credentials masked, whichever way the URL carries them. */
class DatabaseUrlTest {
    @Test
    void credentialsInTheUrlAreMasked() {
        assertThat(Database.masked("jdbc:oracle:thin:scott/tiger@//db.example.com:1521/HERALD"),
                   is("jdbc:oracle:thin:***@//db.example.com:1521/HERALD"));
        assertThat(Database.masked("jdbc:postgresql://herald:s3cret@db.example.com/herald?ssl=true"),
                   is("jdbc:postgresql://***@db.example.com/herald?ssl=true"));
        assertThat(Database.masked("jdbc:h2:tcp://db/herald;USER=herald;PASSWORD=s3cret;MODE=Oracle"),
                   is("jdbc:h2:tcp://db/herald;USER=***;PASSWORD=***;MODE=Oracle"));
        assertThat(Database.masked("jdbc:mysql://db/herald?user=herald&password=s3cret&ssl=true"),
                   is("jdbc:mysql://db/herald?user=***&password=***&ssl=true"));
    }

    @Test
    void urlsWithoutCredentialsAreShownAsTheyAre() {
        String[] urls = {"jdbc:oracle:thin:@//db.example.com:1521/HERALD",
                "jdbc:h2:file:/var/lib/herald/herald;MODE=Oracle;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE"};
        for (String url : urls) {
            assertThat(Database.masked(url), is(url));
        }
    }

    @Test
    void theLogLineSaysWhatKindOfDatabaseItIs() {
        assertThat(Database.kind("jdbc:h2:tcp://127.0.0.1:9092/herald;MODE=Oracle"), is("H2 server (Oracle mode) at "));
        assertThat(Database.kind("jdbc:h2:file:/var/lib/herald/herald;MODE=Oracle"), is("embedded H2 (Oracle mode) at "));
        assertThat(Database.kind("jdbc:h2:mem:t;MODE=Oracle"), is("in-memory H2 (Oracle mode) "));
        assertThat(Database.kind("jdbc:oracle:thin:@//db.example.com:1521/HERALD"), is(""));
    }

    @Test
    void autoServerDropsTheSettingH2RefusesWithIt() throws Exception {
        String embedded = "jdbc:h2:file:/var/lib/herald/herald;MODE=Oracle;DEFAULT_NULL_ORDERING=HIGH;"
                          + "DB_CLOSE_ON_EXIT=FALSE";
        assertThat(Database.h2Settings(embedded), is(embedded));
        assertThat(Database.h2Settings(embedded + ";AUTO_SERVER=TRUE"),
                   is("jdbc:h2:file:/var/lib/herald/herald;MODE=Oracle;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE"));
        // H2 itself opens the corrected URL (it refuses the original with error 50100).
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("herald-auto-server");
        String url = "jdbc:h2:file:" + dir.resolve("herald") + ";MODE=Oracle;DB_CLOSE_ON_EXIT=FALSE;AUTO_SERVER=TRUE";
        java.sql.SQLException refused = org.junit.jupiter.api.Assertions.assertThrows(
                java.sql.SQLException.class, () -> java.sql.DriverManager.getConnection(url, "herald", "herald").close());
        assertThat(refused.getErrorCode(), is(50100));
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(Database.h2Settings(url), "herald",
                                                                                   "herald")) {
            assertThat(connection.isValid(1), is(true));
        }
    }
}
