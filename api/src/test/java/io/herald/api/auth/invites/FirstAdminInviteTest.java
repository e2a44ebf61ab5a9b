package io.herald.api.auth.invites;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;

import io.herald.api.Herald;
import io.herald.api.TestClock;
import io.herald.api.TestHerald;
import io.herald.api.auth.RedeemRequest;
import io.herald.api.auth.Session;
import io.herald.api.db.Rows;
import io.herald.api.people.Role;
import io.herald.api.web.ApiException;
import org.junit.jupiter.api.Test;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The first start of an empty installation creates one admin invite, writes it to a file, and never repeats it. */
class FirstAdminInviteTest {
    @Test
    void firstStartCreatesExactlyOneInviteAndWritesItToTheFile() throws Exception {
        Path dataDir = TestHerald.tempDir();
        Map<String, String> config = Map.of("db.connection.url", TestHerald.memoryDatabaseUrl(),
                                            "herald.data-dir", dataDir.toString());
        FirstAdminInvite invite;
        try (Herald first = TestHerald.start(config)) {
            invite = first.auth().firstAdminInvite().orElseThrow();
            assertThat(invite.file(), is(dataDir.resolve("admin-invite.txt")));
            assertThat("the file holds the code alone", Files.readString(invite.file()), is(invite.code() + "\n"));
            if (Files.getFileAttributeView(invite.file(), java.nio.file.attribute.PosixFileAttributeView.class)
                != null) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(invite.file())),
                           is("rw-------"));
            }
        }
        try (Herald second = TestHerald.start(config)) {
            assertThat(second.auth().firstAdminInvite().isPresent(), is(false));
            assertThat(count(second, "SELECT COUNT(*) AS n FROM invites"), is(1L));
            assertThat(Files.readString(invite.file()), containsString(invite.code()));

            Session admin = second.auth().signIn().redeem(new RedeemRequest(invite.code(), "First Admin",
                                                                      "Founder@Example.com"));
            assertThat(admin.user().role(), is(Role.ADMIN));
            assertThat(admin.user().email(), is("founder@example.com"));
        }
        try (Herald third = TestHerald.start(config)) {
            assertThat(third.auth().firstAdminInvite().isPresent(), is(false));
            assertThat(count(third, "SELECT COUNT(*) AS n FROM invites"), is(1L));
        }
    }

    @Test
    void firstAdminInviteNeedsAnEmailToBeRedeemed() {
        try (Herald herald = TestHerald.start()) {
            String code = herald.auth().firstAdminInvite().orElseThrow().code();

            ApiException error = assertThrows(ApiException.class,
                                              () -> herald.auth().signIn().redeem(new RedeemRequest(code, "Admin", null)));
            assertThat(error.field().orElseThrow(), is("email"));
            // Refused without being used up: it still works with an email.
            assertThat(herald.auth().signIn().redeem(new RedeemRequest(code, "Admin", "admin@example.com")).user().role(),
                       is(Role.ADMIN));
        }
    }

    @Test
    void installationWithPeopleGetsNoInvite() {
        Path dataDir = TestHerald.tempDir();
        Map<String, String> config = Map.of("db.connection.url", TestHerald.memoryDatabaseUrl(),
                                            "herald.data-dir", dataDir.toString());
        try (Herald first = TestHerald.start(config)) {
            first.auth().signIn().redeem(new RedeemRequest(first.auth().firstAdminInvite().orElseThrow().code(), "A",
                                                    "a@example.com"));
        }
        try (Herald later = TestHerald.start(config)) {
            assertThat(later.auth().firstAdminInvite().isPresent(), is(false));
        }
    }

    @Test
    void expiredFirstAdminInviteIsReplacedAtTheNextStart() {
        Path dataDir = TestHerald.tempDir();
        Map<String, String> config = Map.of("db.connection.url", TestHerald.memoryDatabaseUrl(),
                                            "herald.data-dir", dataDir.toString());
        TestClock clock = new TestClock();
        String expired;
        try (Herald first = TestHerald.start(config, clock)) {
            expired = first.auth().firstAdminInvite().orElseThrow().code();
        }
        clock.advance(Duration.ofDays(15));
        try (Herald later = TestHerald.start(config, clock)) {
            FirstAdminInvite replacement = later.auth().firstAdminInvite().orElseThrow();
            assertThat(replacement.code().equals(expired), is(false));
            assertThat(later.auth().signIn().redeem(new RedeemRequest(replacement.code(), "A", "a@example.com")).user()
                               .role(), is(Role.ADMIN));
        }
    }

    private static long count(Herald herald, String sql) {
        return herald.database().client().execute().get(sql).map(row -> Rows.number(row, "n")).orElseThrow();
    }
}
