package io.herald.api.people;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import io.herald.api.db.Rows;
import io.herald.api.web.Choice;
import io.herald.api.web.Paging;
import io.helidon.dbclient.DbExecute;
import io.helidon.dbclient.DbRow;

/**
 * Users in the database; rows are mapped here and nowhere else. Methods take the {@link DbExecute} to run on, so
 * callers can combine them in one transaction.
 */
public final class UserRepository {
    /** last_active_at is the funnel's "people active", not an audit log: one write per user per period is enough. */
    static final Duration LAST_ACTIVE_RESOLUTION = Duration.ofMinutes(5);

    public Optional<User> find(DbExecute db, String id) {
        return db.namedGet("users-get", id).map(UserRepository::user);
    }

    public Optional<User> findByEmail(DbExecute db, String email) {
        return db.namedGet("users-get-by-email", email).map(UserRepository::user);
    }

    public List<User> list(DbExecute db, Optional<UserStatus> status, Optional<String> teamId, Paging paging) {
        String statusId = status.map(UserStatus::id).orElse(null);
        String team = teamId.orElse(null);
        try (Stream<DbRow> rows = db.namedQuery("users-list", statusId, statusId, team, team,
                                                paging.offset(), paging.size())) {
            return rows.map(UserRepository::user).toList();
        }
    }

    public long count(DbExecute db, Optional<UserStatus> status, Optional<String> teamId) {
        String statusId = status.map(UserStatus::id).orElse(null);
        String team = teamId.orElse(null);
        return db.namedGet("users-count", statusId, statusId, team, team)
                .map(row -> Rows.number(row, "total"))
                .orElse(0L);
    }

    public void insert(DbExecute db, User user) {
        db.namedInsert("users-insert", user.id(), user.email(), user.displayName().orElse(null), user.role().id(),
                       user.teamId().orElse(null), user.status().id(), user.invitedAt().toEpochMilli(),
                       Rows.millis(user.activatedAt()), Rows.millis(user.lastActiveAt()));
    }

    public void update(DbExecute db, String id, Role role, Optional<String> teamId, UserStatus status) {
        db.namedUpdate("users-update", role.id(), teamId.orElse(null), status.id(), id);
    }

    /** The state of the person's latest invite (pending, redeemed, expired or revoked), if they have one. */
    public Optional<String> latestInviteState(DbExecute db, String id, Instant now) {
        return db.namedGet("users-latest-invite-state", now.toEpochMilli(), id).map(row -> Rows.string(row, "state"));
    }

    /** Records a deactivation: access tokens issued before it stay refused, even after a reactivation. */
    public void deactivated(DbExecute db, String id, Instant at) {
        db.namedUpdate("users-deactivated", at.toEpochMilli(), id);
    }

    /** Marks an invited (or already active) user active under the name they chose; false when deactivated. */
    public boolean activate(DbExecute db, String id, String displayName, Instant now) {
        return db.namedUpdate("users-activate", displayName, now.toEpochMilli(), id) == 1;
    }

    /** Records a sign-in or refresh, unless one was recorded less than {@link #LAST_ACTIVE_RESOLUTION} ago. */
    public void touchLastActive(DbExecute db, String id, Instant now) {
        db.namedUpdate("users-touch-last-active", now.toEpochMilli(), id,
                       now.minus(LAST_ACTIVE_RESOLUTION).toEpochMilli());
    }

    /**
     * Locks the rows of the active admins until the transaction ends and returns their ids, so that two admins
     * demoting each other at the same moment cannot leave Herald without one.
     */
    public List<String> lockActiveAdmins(DbExecute db) {
        try (Stream<DbRow> rows = db.namedQuery("users-lock-active-admins")) {
            return rows.map(row -> Rows.string(row, "id")).toList();
        }
    }

    /** Locks the user's row until the transaction ends and returns their status; empty when there is no such user. */
    public Optional<UserStatus> lockStatus(DbExecute db, String id) {
        return db.namedGet("users-lock", id).map(row -> Choice.stored(UserStatus.class, Rows.string(row, "status")));
    }

    private static User user(DbRow row) {
        return new User(Rows.string(row, "id"),
                        Rows.string(row, "email"),
                        Rows.optionalString(row, "display_name"),
                        Choice.stored(Role.class, Rows.string(row, "role")),
                        Rows.optionalString(row, "team_id"),
                        Choice.stored(UserStatus.class, Rows.string(row, "status")),
                        Rows.instant(row, "invited_at"),
                        Rows.optionalInstant(row, "activated_at"),
                        Rows.optionalInstant(row, "last_active_at"),
                        Rows.optionalInstant(row, "deactivated_at"));
    }
}
