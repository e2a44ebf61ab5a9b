package io.herald.api.auth;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import io.herald.api.auth.invites.InviteRepository;
import io.herald.api.auth.tokens.AccessTokens;
import io.herald.api.auth.tokens.IssuedAccessToken;
import io.herald.api.auth.tokens.RefreshTokens;
import io.herald.api.db.Transactions;
import io.herald.api.people.User;
import io.herald.api.people.UserRepository;
import io.herald.api.people.UserStatus;
import io.herald.api.web.ApiException;
import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.DbExecute;

/**
 * Signing in and staying signed in: redeeming an invite starts a session (a refresh-token family) and activates the
 * user; redeeming a sign-in code ({@link SignInCodes}) starts another session for the person who made it; refreshing
 * rotates the refresh token and issues a new access token; signing out revokes the family. Sign-ins and refreshes
 * record when the person was last active.
 */
public final class SignIn {
    private static final String NEW_SIGN_IN_CODE = "make a new one in a browser where you are signed in.";
    private static final String SIGN_IN_CODE_USED = "This sign-in code has already been used; " + NEW_SIGN_IN_CODE;

    private final DbClient client;
    private final Clock clock;
    private final InviteRepository invites;
    private final SignInCodeRepository signInCodes;
    private final UserRepository users;
    private final RefreshTokens refreshTokens;
    private final AccessTokens accessTokens;

    public SignIn(DbClient client, Clock clock, InviteRepository invites, SignInCodeRepository signInCodes,
                  UserRepository users, RefreshTokens refreshTokens, AccessTokens accessTokens) {
        this.client = client;
        this.clock = clock;
        this.invites = invites;
        this.signInCodes = signInCodes;
        this.users = users;
        this.refreshTokens = refreshTokens;
        this.accessTokens = accessTokens;
    }

    public Session redeem(RedeemRequest request) {
        record Started(User user, String refreshToken) {
        }
        Started started = Transactions.inTransaction(client, tx -> {
            Instant now = clock.instant();
            String codeHash = Secrets.hash(request.code());
            Optional<InviteRepository.Redeemable> invite = invites.findByCodeHash(tx, codeHash);
            String userId = invite.isPresent()
                    ? redeemInvite(tx, invite.get(), request, now)
                    : redeemSignInCode(tx, codeHash, request.displayName(), now);
            users.touchLastActive(tx, userId, now);
            return new Started(users.find(tx, userId).orElseThrow(), refreshTokens.startFamily(tx, userId, now));
        });
        return session(started.user(), started.refreshToken());
    }

    public Session refresh(String refreshToken) {
        record Outcome(Optional<User> user, Optional<String> refreshToken, String refusal) {
        }
        Outcome outcome = Transactions.inTransaction(client, tx -> {
            Instant now = clock.instant();
            RefreshTokens.Rotation rotation = refreshTokens.rotate(tx, refreshToken, now);
            if (rotation instanceof RefreshTokens.Rotation.Refused refused) {
                return new Outcome(Optional.empty(), Optional.empty(), refused.reason());
            }
            RefreshTokens.Rotation.Rotated rotated = (RefreshTokens.Rotation.Rotated) rotation;
            Optional<User> user = users.find(tx, rotated.userId()).filter(u -> u.status() == UserStatus.ACTIVE);
            if (user.isEmpty()) {
                refreshTokens.revokeFamily(tx, rotated.familyId(), now, RefreshTokens.REVOKED_BY_DEACTIVATION);
                return new Outcome(Optional.empty(), Optional.empty(), "This account has been deactivated.");
            }
            users.touchLastActive(tx, rotated.userId(), now);
            return new Outcome(user, Optional.of(rotated.refreshToken()), "");
        });
        // Refusals are answered only now, after the commit: a detected reuse must stay revoked.
        User user = outcome.user().orElseThrow(() -> ApiException.unauthorized(outcome.refusal()));
        return session(user, outcome.refreshToken().orElseThrow());
    }

    public void logout(String refreshToken) {
        Transactions.inTransaction(client, tx -> {
            refreshTokens.revokeFamilyOf(tx, refreshToken, clock.instant());
            return refreshToken;
        });
    }

    private String redeemInvite(DbExecute tx, InviteRepository.Redeemable invite, RedeemRequest request,
                                Instant now) {
        refuseUnusable(invite, now);
        String userId = invite.userId()
                .map(id -> activate(tx, id, request.displayName(), now))
                .orElseGet(() -> createFirstAdmin(tx, invite, request, now));
        if (!invites.redeem(tx, invite.id(), userId, now)) {
            throw ApiException.unauthorized("This invite code has already been used; ask an admin for a new one.");
        }
        return userId;
    }

    /**
     * The person who made the code signs in again: same account, same role and team. The name sent replaces their
     * display name, as when redeeming an invite.
     */
    private String redeemSignInCode(DbExecute tx, String codeHash, String displayName, Instant now) {
        SignInCodeRepository.Redeemable code = signInCodes.findByCodeHash(tx, codeHash)
                .orElseThrow(() -> ApiException.unauthorized("This code is not valid."));
        if (code.redeemedAt().isPresent()) {
            throw ApiException.unauthorized(SIGN_IN_CODE_USED);
        }
        if (!code.expiresAt().isAfter(now)) {
            throw ApiException.unauthorized("This sign-in code expired at " + code.expiresAt() + "; "
                                            + NEW_SIGN_IN_CODE);
        }
        activate(tx, code.userId(), displayName, now);
        if (!signInCodes.redeem(tx, codeHash, now)) {
            throw ApiException.unauthorized(SIGN_IN_CODE_USED);
        }
        return code.userId();
    }

    private static void refuseUnusable(InviteRepository.Redeemable invite, Instant now) {
        if (invite.revokedAt().isPresent()) {
            throw ApiException.unauthorized("This invite has been revoked; ask an admin for a new one.");
        }
        if (invite.redeemedAt().isPresent()) {
            throw ApiException.unauthorized("This invite code has already been used; ask an admin for a new one.");
        }
        if (!invite.expiresAt().isAfter(now)) {
            throw ApiException.unauthorized("This invite code expired at " + invite.expiresAt()
                                            + "; ask an admin for a new one.");
        }
    }

    private String activate(DbExecute tx, String userId, String displayName, Instant now) {
        if (!users.activate(tx, userId, displayName, now)) {
            throw ApiException.unauthorized("This account has been deactivated.");
        }
        return userId;
    }

    private String createFirstAdmin(DbExecute tx, InviteRepository.Redeemable invite, RedeemRequest request,
                                    Instant now) {
        String email = request.optionalEmail().orElseThrow(() -> ApiException.invalidField(
                "email", "is required to redeem the first admin invite, which was not sent to anyone's address."));
        if (users.findByEmail(tx, email).isPresent()) {
            throw ApiException.conflict("There is already a user with the email " + email + ".");
        }
        String id = UUID.randomUUID().toString();
        users.insert(tx, new User(id, email, Optional.of(request.displayName()), invite.role(), Optional.empty(),
                                  UserStatus.ACTIVE, now, Optional.of(now), Optional.empty(), Optional.empty()));
        return id;
    }

    private Session session(User user, String refreshToken) {
        IssuedAccessToken access = accessTokens.issue(user.id(), user.role());
        return new Session(access.token(), "Bearer", accessTokens.lifetime().toSeconds(), refreshToken, user);
    }
}
