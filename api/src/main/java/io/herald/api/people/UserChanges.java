package io.herald.api.people;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.herald.api.db.Transactions;
import io.herald.api.web.ApiException;
import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.DbExecute;

/**
 * How admins change people: role, team, deactivation and reactivation. Two rules hold whatever the change: Herald never
 * loses its last active admin, and deactivating someone signs them out everywhere at once (sign-in's
 * {@link Deactivation} revokes their refresh tokens and deletes their sign-in codes in the same transaction; their access tokens are refused by
 * {@code auth.Authentication}, which reads the status on every request).
 */
public final class UserChanges {
    private final DbClient client;
    private final Clock clock;
    private final UserRepository users;
    private final TeamRepository teams;
    private final Deactivation deactivation;

    public UserChanges(DbClient client, Clock clock, UserRepository users, TeamRepository teams,
                       Deactivation deactivation) {
        this.client = client;
        this.clock = clock;
        this.users = users;
        this.teams = teams;
        this.deactivation = deactivation;
    }

    public User apply(String userId, UserChange change) {
        return Transactions.inTransaction(client, tx -> apply(tx, userId, change, clock.instant()));
    }

    /** Applies a change inside the caller's transaction. */
    public User apply(DbExecute tx, String userId, UserChange change, Instant now) {
        // Locked before the user is read, so the admin count below cannot change until this transaction ends.
        List<String> activeAdmins = users.lockActiveAdmins(tx);
        User user = users.find(tx, userId)
                .orElseThrow(() -> ApiException.notFound("There is no user with id " + userId + "."));
        change.team().filter(team -> change.changesTeam() && !teams.exists(tx, team)).ifPresent(team -> {
            throw ApiException.invalidField("teamId", "names no team: there is no team with id " + team + ".");
        });

        Role role = change.role().orElse(user.role());
        UserStatus status = change.status().map(wanted -> nextStatus(user, wanted)).orElse(user.status());
        boolean staysActiveAdmin = role == Role.ADMIN && status == UserStatus.ACTIVE;
        if (user.isActiveAdmin() && !staysActiveAdmin && activeAdmins.equals(List.of(user.id()))) {
            throw ApiException.conflict(user.email() + " is the last active admin; make someone else an admin "
                                        + "before demoting or deactivating them.");
        }

        users.update(tx, user.id(), role, change.changesTeam() ? change.team() : user.teamId(), status);
        if (status == UserStatus.DEACTIVATED && user.status() != UserStatus.DEACTIVATED) {
            deactivation.deactivated(tx, user.id(), now);
            users.deactivated(tx, user.id(), now);
        }
        return users.find(tx, user.id()).orElseThrow();
    }

    /** Reactivating someone who never accepted their invite takes them back to 'invited', not to 'active'. */
    private static UserStatus nextStatus(User user, UserStatus wanted) {
        if (wanted == UserStatus.ACTIVE && user.status() == UserStatus.DEACTIVATED) {
            return user.activatedAt().isPresent() ? UserStatus.ACTIVE : UserStatus.INVITED;
        }
        if (wanted == UserStatus.ACTIVE) {
            return user.status();
        }
        return wanted;
    }
}
