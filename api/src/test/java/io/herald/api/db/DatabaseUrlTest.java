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
}
