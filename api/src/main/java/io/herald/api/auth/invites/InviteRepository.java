package io.herald.api.auth.invites;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import io.herald.api.db.Rows;
import io.herald.api.people.Role;
import io.herald.api.web.Choice;
import io.herald.api.web.Paging;
import io.helidon.dbclient.DbExecute;
import io.helidon.dbclient.DbRow;

/** Invites in the database, found by id or by the hash of their code; rows are mapped here and nowhere else. */
public final class InviteRepository {
    /** What redeeming needs to know about an invite found by its code. */
    public record Redeemable(String id, Optional<String> userId, Role role, Instant expiresAt,
                             Optional<Instant> redeemedAt, Optional<Instant> revokedAt) {
    }

    public List<Invite> list(DbExecute db, Optional<InviteState> state, Paging paging, Instant now) {
        String stateId = state.map(InviteState::id).orElse(null);
        try (Stream<DbRow> rows = db.namedQuery("invites-list", now.toEpochMilli(), stateId, stateId,
                                                paging.offset(), paging.size())) {
            return rows.map(InviteRepository::invite).toList();
        }
    }

    public long count(DbExecute db, Optional<InviteState> state, Instant now) {
        String stateId = state.map(InviteState::id).orElse(null);
        return db.namedGet("invites-count", now.toEpochMilli(), stateId, stateId)
                .map(row -> Rows.number(row, "total"))
                .orElse(0L);
    }

    public Optional<Invite> find(DbExecute db, String id, Instant now) {
        return db.namedGet("invites-get", now.toEpochMilli(), id).map(InviteRepository::invite);
    }

    public Optional<Redeemable> findByCodeHash(DbExecute db, String codeHash) {
        return db.namedGet("invites-get-by-code", codeHash).map(row -> new Redeemable(
                Rows.string(row, "id"),
                Rows.optionalString(row, "user_id"),
                Choice.stored(Role.class, Rows.string(row, "role")),
                Rows.instant(row, "expires_at"),
                Rows.optionalInstant(row, "redeemed_at"),
                Rows.optionalInstant(row, "revoked_at")));
    }

    public void insert(DbExecute db, String id, String codeHash, Optional<String> userId, Role role,
                       Optional<String> createdBy, Instant now, Instant expiresAt) {
        db.namedInsert("invites-insert", id, codeHash, userId.orElse(null), role.id(), createdBy.orElse(null),
                       now.toEpochMilli(), expiresAt.toEpochMilli());
    }

    /** Marks the invite used by this user; false when it was already used, revoked or expired. */
    public boolean redeem(DbExecute db, String id, String userId, Instant now) {
        return db.namedUpdate("invites-redeem", now.toEpochMilli(), userId, id, now.toEpochMilli()) == 1;
    }

    /** Revokes a pending (or expired) invite; false when it was already redeemed or revoked. */
    public boolean revoke(DbExecute db, String id, Instant now) {
        return db.namedUpdate("invites-revoke", now.toEpochMilli(), id) == 1;
    }

    public void revokePendingOf(DbExecute db, String userId, Instant now) {
        db.namedUpdate("invites-revoke-pending-of-user", now.toEpochMilli(), userId);
    }

    /** True on an empty installation: nobody has an account or an invite that could still be redeemed. */
    public boolean isEmptyInstallation(DbExecute db, Instant now) {
        return db.namedGet("users-and-pending-invites-count", now.toEpochMilli())
                .map(row -> Rows.number(row, "user_count") == 0 && Rows.number(row, "pending_count") == 0)
                .orElse(false);
    }

    private static Invite invite(DbRow row) {
        return new Invite(Rows.string(row, "id"),
                          Rows.optionalString(row, "email"),
                          Rows.optionalString(row, "user_id"),
                          Choice.stored(Role.class, Rows.string(row, "role")),
                          Rows.optionalString(row, "team_id"),
                          Choice.stored(InviteState.class, Rows.string(row, "state")),
                          Rows.optionalString(row, "created_by"),
                          Rows.instant(row, "created_at"),
                          Rows.instant(row, "expires_at"),
                          Rows.optionalInstant(row, "redeemed_at"),
                          Rows.optionalInstant(row, "revoked_at"));
    }
}
