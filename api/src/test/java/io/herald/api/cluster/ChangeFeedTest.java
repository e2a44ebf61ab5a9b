package io.herald.api.cluster;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import io.herald.api.Herald;
import io.herald.api.TestHerald;
import org.junit.jupiter.api.Test;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The set-up traps of several instances on one database (issue 13, point 7): an instance refuses to start next to a
 * running one whose tokens it would refuse, or that would refuse its tokens, saying which setting to make the same;
 * one that differs only in its port and data folder starts, and hears the other's changes.
 */
class ChangeFeedTest {
    @Test
    void anInstanceWithAnotherIssuerOrOtherKeysRefusesToStartNextToARunningOne() {
        String database = TestHerald.memoryDatabaseUrl();
        Path firstData = TestHerald.tempDir();
        Map<String, String> first = Map.of("db.connection.url", database, "herald.data-dir", firstData.toString(),
                                           "herald.public-url", "https://herald.example.com");
        try (Herald running = TestHerald.start(first)) {
            String keys = running.dataDir().resolve("keys/jwks.json").toString();

            IllegalStateException issuer = assertThrows(IllegalStateException.class, () -> TestHerald.start(Map.of(
                    "db.connection.url", database, "herald.auth.jwks-file", keys,
                    "herald.public-url", "http://127.0.0.1:8081")));
            assertThat(issuer.getMessage(), containsString("issues access tokens as https://herald.example.com"));
            assertThat(issuer.getMessage(), containsString("Set herald.public-url"));

            IllegalStateException ownKeys = assertThrows(IllegalStateException.class, () -> TestHerald.start(Map.of(
                    "db.connection.url", database, "herald.public-url", "https://herald.example.com")));
            assertThat(ownKeys.getMessage(), containsString("the same herald.auth.jwks-file"));

            try (Herald second = TestHerald.start(Map.of("db.connection.url", database, "herald.auth.jwks-file", keys,
                                                         "herald.public-url", "https://herald.example.com"))) {
                // A change published by one is handled by both (each instance's listeners ran) within 2 s.
                long change = running.changeFeed().publish(ChangeFeed.CONTENT, Optional.of("no-such-item"));
                assertThat(running.changeFeed().awaitHandled(change, Duration.ofSeconds(2)), is(true));
                assertThat(second.changeFeed().handled() >= change, is(true));
            }
        }
    }
}
