package io.herald.api.auth;

import java.time.Instant;
import java.util.Optional;

import io.herald.api.db.Rows;
import io.helidon.dbclient.DbExecute;

/** Sign-in codes in the database, found by the hash of their code; rows are mapped here and nowhere else. */
public final class SignInCodeRepository {
    /** What redeeming needs to know about a sign-in code found by its hash. */
    public record Redeemable(String userId, Instant expiresAt, Optional<Instant> redeemedAt) {
    }

    public Optional<Redeemable> findByCodeHash(DbExecute db, String codeHash) {
        return db.namedGet("sign-in-codes-get", codeHash).map(row -> new Redeemable(
                Rows.string(row, "user_id"),
                Rows.instant(row, "expires_at"),
                Rows.optionalInstant(row, "redeemed_at")));
    }

    public void insert(DbExecute db, String codeHash, String userId, Instant now, Instant expiresAt) {
        db.namedInsert("sign-in-codes-insert", codeHash, userId, now.toEpochMilli(), expiresAt.toEpochMilli());
    }

    /** Marks the code used; false when it was already used or has expired. */
    public boolean redeem(DbExecute db, String codeHash, Instant now) {
        return db.namedUpdate("sign-in-codes-redeem", now.toEpochMilli(), codeHash, now.toEpochMilli()) == 1;
    }

    /** Deletes every code of the person, used or not. */
    public void deleteAllOf(DbExecute db, String userId) {
        db.namedDelete("sign-in-codes-delete-of-user", userId);
    }
}
