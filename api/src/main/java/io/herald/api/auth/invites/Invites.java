package io.herald.api.auth.invites;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import io.herald.api.auth.Secrets;
import io.herald.api.db.Transactions;
import io.herald.api.people.Role;
import io.herald.api.people.TeamRepository;
import io.herald.api.people.User;
import io.herald.api.people.UserChange;
import io.herald.api.people.UserChanges;
import io.herald.api.people.UserRepository;
import io.herald.api.people.UserStatus;
import io.herald.api.web.ApiException;
import io.herald.api.web.Page;
import io.herald.api.web.Paging;
import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.DbExecute;

/**
 * Sending and revoking invites. Inviting someone new creates their user in status {@code invited} (the funnel counts
 * invites sent); inviting someone who already has an account gives them a code to sign in on a new device. Either way
 * the person's earlier pending codes are revoked, so only the newest one works.
 */
public final class Invites {
    private final DbClient client;
    private final Clock clock;
    private final Duration lifetime;
    private final InviteRepository invites;
    private final UserRepository users;
    private final TeamRepository teams;
    private final UserChanges userChanges;

    public Invites(DbClient client, Clock clock, Duration lifetime, InviteRepository invites, UserRepository users,
                   TeamRepository teams, UserChanges userChanges) {
        this.client = client;
        this.clock = clock;
        this.lifetime = lifetime;
        this.invites = invites;
        this.users = users;
        this.teams = teams;
        this.userChanges = userChanges;
    }

    public IssuedInvite invite(Optional<String> invitedBy, InviteRequest request) {
        return Transactions.inTransaction(client, tx -> {
            Instant now = clock.instant();
            request.teamId().filter(team -> !teams.exists(tx, team)).ifPresent(team -> {
                throw ApiException.invalidField("team", "names no team: there is no team with id " + team + ".");
            });
            String userId = users.findByEmail(tx, request.email())
                    .map(user -> reinvite(tx, user, request, now))
                    .orElseGet(() -> newUser(tx, request, now));
            invites.revokePendingOf(tx, userId, now);
            return issue(tx, Optional.of(userId), request.role(), invitedBy, now);
        });
    }

    /** The invite that lets the first admin in; it names nobody, the person redeeming it gives their email. */
    public IssuedInvite firstAdminInvite(DbExecute tx) {
        return issue(tx, Optional.empty(), Role.ADMIN, Optional.empty(), clock.instant());
    }

    public Page<Invite> list(Optional<InviteState> state, Paging paging) {
        DbExecute db = client.execute();
        Instant now = clock.instant();
        return new Page<>(invites.list(db, state, paging, now), paging.page(), paging.size(),
                          invites.count(db, state, now));
    }

    public Invite get(String id) {
        return invites.find(client.execute(), id, clock.instant()).orElseThrow(() -> notFound(id));
    }

    /** Revokes an invite that was not redeemed; revoking twice is not an error. */
    public void revoke(String id) {
        Transactions.inTransaction(client, tx -> {
            Instant now = clock.instant();
            Invite invite = invites.find(tx, id, now).orElseThrow(() -> notFound(id));
            if (invite.state() == InviteState.REDEEMED) {
                throw ApiException.conflict("This invite has already been redeemed; deactivate the user instead "
                                            + "(PATCH /api/v1/users/{id} with status 'deactivated').");
            }
            invites.revoke(tx, id, now);
            return id;
        });
    }

    private String reinvite(DbExecute tx, User user, InviteRequest request, Instant now) {
        if (user.status() == UserStatus.DEACTIVATED) {
            throw ApiException.conflict(user.email() + " is deactivated; reactivate them (PATCH /api/v1/users/"
                                        + user.id() + " with status 'active') before inviting them again.");
        }
        userChanges.apply(tx, user.id(), UserChange.roleAndTeam(request.role(), request.teamId()), now);
        return user.id();
    }

    private String newUser(DbExecute tx, InviteRequest request, Instant now) {
        String id = UUID.randomUUID().toString();
        users.insert(tx, new User(id, request.email(), Optional.empty(), request.role(), request.teamId(),
                                  UserStatus.INVITED, now, Optional.empty(), Optional.empty(), Optional.empty()));
        return id;
    }

    private IssuedInvite issue(DbExecute tx, Optional<String> userId, Role role, Optional<String> invitedBy,
                               Instant now) {
        String id = UUID.randomUUID().toString();
        String code = Secrets.newSecret();
        Instant expiresAt = now.plus(lifetime);
        invites.insert(tx, id, Secrets.hash(code), userId, role, invitedBy, now, expiresAt);
        return new IssuedInvite(id, code, expiresAt);
    }

    private static ApiException notFound(String id) {
        return ApiException.notFound("There is no invite with id " + id + ".");
    }
}
