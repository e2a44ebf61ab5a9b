package io.herald.api.auth.tokens;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import io.herald.api.auth.Secrets;
import io.herald.api.db.Rows;
import io.helidon.dbclient.DbExecute;
import io.helidon.dbclient.DbRow;

/**
 * Refresh tokens: opaque random strings, kept only as hashes, grouped in families (one family per sign-in). Every
 * refresh uses up the token and issues the next one of the family. A token presented a second time means two parties
 * hold it, the user and a thief, and there is no telling which is which, so the whole family is revoked.
 *
 * <p>Every method runs in the caller's transaction ({@link DbExecute}), so a rotation, the checks around it and a
 * revocation commit together.
 */
public final class RefreshTokens {
    public static final String REVOKED_BY_LOGOUT = "logout";
    public static final String REVOKED_FOR_REUSE = "reuse";
    public static final String REVOKED_BY_DEACTIVATION = "deactivated";

    private final Duration lifetime;

    public RefreshTokens(Duration lifetime) {
        this.lifetime = lifetime;
    }

    /** The result of presenting a refresh token. */
    public sealed interface Rotation {
        /** The token was good: it is used up, and {@code refreshToken} is the next one of the family. */
        record Rotated(String userId, String familyId, String refreshToken) implements Rotation {
        }

        /** The token was refused; when that revoked its family, the revocation is part of the transaction. */
        record Refused(String reason) implements Rotation {
        }
    }

    /** Starts the family of a new sign-in and returns its first token. */
    public String startFamily(DbExecute db, String userId, Instant now) {
        String familyId = UUID.randomUUID().toString();
        db.namedInsert("refresh-family-insert", familyId, userId, now.toEpochMilli());
        return issue(db, familyId, now);
    }

    public Rotation rotate(DbExecute db, String token, Instant now) {
        String hash = Secrets.hash(token);
        Optional<DbRow> found = db.namedGet("refresh-token-get", hash);
        if (found.isEmpty()) {
            return new Rotation.Refused("This refresh token is not valid; sign in again.");
        }
        DbRow row = found.get();
        String familyId = Rows.string(row, "family_id");
        if (Rows.optionalInstant(row, "revoked_at").isPresent()) {
            return new Rotation.Refused("This session has been signed out; sign in again.");
        }
        if (Rows.optionalInstant(row, "used_at").isPresent()) {
            return reused(db, familyId, now);
        }
        if (!Rows.instant(row, "expires_at").isAfter(now)) {
            return new Rotation.Refused("This refresh token has expired; sign in again.");
        }
        if (db.namedUpdate("refresh-token-use", now.toEpochMilli(), hash) == 0) {
            return reused(db, familyId, now); // another request used it between our read and our write
        }
        return new Rotation.Rotated(Rows.string(row, "user_id"), familyId, issue(db, familyId, now));
    }

    private Rotation reused(DbExecute db, String familyId, Instant now) {
        revokeFamily(db, familyId, now, REVOKED_FOR_REUSE);
        return new Rotation.Refused("This refresh token was already used, so it may have been copied: the session is "
                                    + "now signed out everywhere; sign in again.");
    }

    /** Revokes the family of a token (sign-out); an unknown token revokes nothing. */
    public void revokeFamilyOf(DbExecute db, String token, Instant now) {
        db.namedGet("refresh-token-get", Secrets.hash(token))
                .ifPresent(row -> revokeFamily(db, Rows.string(row, "family_id"), now, REVOKED_BY_LOGOUT));
    }

    public void revokeFamily(DbExecute db, String familyId, Instant now, String reason) {
        db.namedUpdate("refresh-family-revoke", now.toEpochMilli(), reason, familyId);
    }

    /** Revokes every family of a user: all their devices are signed out at their next refresh. */
    public void revokeAllOf(DbExecute db, String userId, Instant now, String reason) {
        db.namedUpdate("refresh-families-revoke-of-user", now.toEpochMilli(), reason, userId);
    }

    /**
     * Deletes the tokens past their expiry (presented, they could only be refused, and each rotation adds one) and
     * the families left without a token. Returns how many tokens went. A used token that is deleted no longer reveals
     * a copy when presented, but by then it is expired, and the family's live token has its own expiry.
     */
    public long purge(DbExecute db, Instant now) {
        long tokens = db.namedDelete("refresh-tokens-purge", now.toEpochMilli());
        db.namedDelete("refresh-families-purge");
        return tokens;
    }

    private String issue(DbExecute db, String familyId, Instant now) {
        String token = Secrets.newSecret();
        db.namedInsert("refresh-token-insert", Secrets.hash(token), familyId, now.toEpochMilli(),
                       now.plus(lifetime).toEpochMilli());
        return token;
    }
}
