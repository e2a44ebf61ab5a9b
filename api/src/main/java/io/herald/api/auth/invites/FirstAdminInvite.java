package io.herald.api.auth.invites;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import io.herald.api.auth.PrivateFiles;
import io.herald.api.db.Rows;
import io.herald.api.db.Transactions;
import io.helidon.dbclient.DbClient;

/**
 * The way into a new installation: on an empty database (no users, no invite that could still be redeemed) Herald
 * creates one admin invite and writes its code to {@code <data-dir>/admin-invite.txt}; the start-up banner shows it
 * too. The log says only that there is one: logs travel to places (collectors, tickets) where a code that makes its
 * bearer an admin must not go. Later starts create none; should that invite expire before anyone redeemed it, the next
 * start creates a new one.
 *
 * <p>Several instances starting together on an empty database make one invite: the start that makes it holds the lock
 * of {@code first_admin}'s row until it commits, and the others, waiting for the lock, then find a pending invite. That
 * row keeps the code while the invite can be redeemed, so an operator reads it with {@link #pendingCode} ({@code
 * ./herald admin-invite}) whichever instance made it; the file is written only in that instance's data folder.
 *
 * @param code      the invite code, to be redeemed with an email and a display name
 * @param expiresAt when the code stops working
 * @param file      where the code was written
 */
public record FirstAdminInvite(String code, Instant expiresAt, Path file) {
    private static final System.Logger LOG = System.getLogger(FirstAdminInvite.class.getName());
    public static final String FILE_NAME = "admin-invite.txt";

    /**
     * The first admin invite's code while it can still be redeemed (not redeemed, revoked or expired), as stored in the
     * database by whichever instance made it.
     */
    public static Optional<String> pendingCode(DbClient client, Clock clock) {
        return client.execute().namedGet("first-admin-pending", clock.millis())
                .map(row -> Rows.string(row, "code"));
    }

    /** Creates the first admin invite when the installation is empty; empty otherwise. */
    public static Optional<FirstAdminInvite> createIfEmpty(DbClient client, Clock clock, InviteRepository repository,
                                                           Invites invites, Path dataDir) {
        Optional<IssuedInvite> issued = Transactions.inTransaction(client, tx -> {
            // Read to the end: the lock is held from here to the commit.
            tx.namedQuery("first-admin-lock").forEach(row -> { });
            if (!repository.isEmptyInstallation(tx, clock.instant())) {
                return Optional.<IssuedInvite>empty();
            }
            IssuedInvite invite = invites.firstAdminInvite(tx);
            tx.namedUpdate("first-admin-set", invite.id(), invite.code(), invite.expiresAt().toEpochMilli());
            return Optional.of(invite);
        });
        return issued.map(invite -> {
            Path file = dataDir.resolve(FILE_NAME);
            // The code alone: copying the file's contents gives exactly the code. The banner says what it is for.
            PrivateFiles.write(file, invite.code() + "\n");
            LOG.log(Level.INFO, "First start: created the first admin invite; its code is in " + file
                                + " and on the console (it expires at " + invite.expiresAt() + ")");
            return new FirstAdminInvite(invite.code(), invite.expiresAt(), file);
        });
    }
}
