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

    /**
     * Instances starting together on an empty database (issue 13): each start checks and makes the invite under the
     * lock of first_admin's row, so however many race, one invite is made, and its code is read back from the database
     * (./herald admin-invite) until it is redeemed.
     */
    @Test
    void startsRacingOnAnEmptyDatabaseMakeOneInviteWhoseCodeTheDatabaseKeeps() throws Exception {
        try (Herald herald = TestHerald.start()) {
            var client = herald.database().client();
            // Rounds of eight starts at once on an empty database (the invite of the round before deleted): a race
            // is a matter of milliseconds, so one round alone seldom shows it.
            java.util.List<java.util.Optional<FirstAdminInvite>> made = null;
            for (int round = 0; round < 25; round++) {
                client.execute().dml("DELETE FROM invites");
                made = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
                java.util.concurrent.CyclicBarrier go = new java.util.concurrent.CyclicBarrier(8);
                java.util.List<Thread> starts = new java.util.ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    java.util.List<java.util.Optional<FirstAdminInvite>> results = made;
                    starts.add(Thread.ofPlatform().start(() -> {
                        try {
                            go.await();
                            results.add(FirstAdminInvite.createIfEmpty(client, herald.clock(), new InviteRepository(),
                                                                       herald.auth().invites(), TestHerald.tempDir()));
                        } catch (InterruptedException | java.util.concurrent.BrokenBarrierException e) {
                            Thread.currentThread().interrupt();
                        }
                    }));
                }
                for (Thread start : starts) {
                    start.join();
                }
                assertThat(made.size(), is(8));
                assertThat("invites made in round " + round, count(herald, "SELECT COUNT(*) AS n FROM invites"),
                           is(1L));
            }
            assertThat(made.stream().filter(java.util.Optional::isPresent).count(), is(1L));
            String code = made.stream().flatMap(java.util.Optional::stream).findFirst().orElseThrow().code();
            assertThat(FirstAdminInvite.pendingCode(client, herald.clock()).orElseThrow(), is(code));

            herald.auth().signIn().redeem(new RedeemRequest(code, "Admin", "admin@example.com"));
            assertThat("a redeemed invite's code is not handed out", FirstAdminInvite.pendingCode(
                    client, herald.clock()).isPresent(), is(false));
        }
    }

    private static long count(Herald herald, String sql) {
        return herald.database().client().execute().get(sql).map(row -> Rows.number(row, "n")).orElseThrow();
    }
}
