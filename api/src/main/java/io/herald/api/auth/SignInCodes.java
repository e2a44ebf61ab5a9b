package io.herald.api.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.herald.api.db.Transactions;
import io.herald.api.people.UserRepository;
import io.herald.api.people.UserStatus;
import io.herald.api.web.ApiException;
import io.helidon.dbclient.DbClient;

/**
 * Signing in to the same account in another browser. A signed-in person (employee or admin) makes a sign-in code and
 * redeems it there at {@code POST /api/v1/auth/redeem}, like an invite; {@link SignIn} then starts a new session for
 * that same user. Unlike an invite, a sign-in code is the person's own business: it names an account that exists and
 * grants nothing (the session has the user's role), admins neither list nor revoke it, the adoption funnel does not
 * count it, and it neither revokes a pending invite nor is revoked by one.
 *
 * <p>Single-use, valid for {@code herald.auth.sign-in-code-lifetime} (ten minutes), 256 random bits stored only as
 * their hash ({@link Secrets}). A person has one at most: a new code replaces the earlier one, so a code shown and
 * forgotten stops working, and deactivating the person deletes it ({@code people.UserChanges}).
 */
public final class SignInCodes {
    private final DbClient client;
    private final Clock clock;
    private final Duration lifetime;
    private final SignInCodeRepository codes;
    private final UserRepository users;

    public SignInCodes(DbClient client, Clock clock, Duration lifetime, SignInCodeRepository codes,
                       UserRepository users) {
        this.client = client;
        this.clock = clock;
        this.lifetime = lifetime;
        this.codes = codes;
        this.users = users;
    }

    public IssuedSignInCode issue(CurrentUser user) {
        return Transactions.inTransaction(client, tx -> {
            // Authentication read the user before this transaction began; the lock makes a deactivation
            // either come first (and refuse this) or wait for this code, which it then deletes.
            if (users.lockStatus(tx, user.id()).filter(status -> status == UserStatus.ACTIVE).isEmpty()) {
                throw ApiException.unauthorized("This account has been deactivated.");
            }
            Instant now = clock.instant();
            String code = Secrets.newSecret();
            Instant expiresAt = now.plus(lifetime);
            codes.deleteAllOf(tx, user.id());
            codes.insert(tx, Secrets.hash(code), user.id(), now, expiresAt);
            return new IssuedSignInCode(code, expiresAt);
        });
    }
}
