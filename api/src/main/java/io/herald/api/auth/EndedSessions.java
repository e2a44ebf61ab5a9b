package io.herald.api.auth;

import java.time.Instant;

import io.herald.api.auth.tokens.RefreshTokens;
import io.herald.api.people.Deactivation;
import io.helidon.dbclient.DbExecute;

/** Deactivating someone signs them out everywhere: their refresh tokens are revoked, their sign-in codes deleted. */
public final class EndedSessions implements Deactivation {
    private final RefreshTokens refreshTokens;
    private final SignInCodeRepository signInCodes;

    public EndedSessions(RefreshTokens refreshTokens, SignInCodeRepository signInCodes) {
        this.refreshTokens = refreshTokens;
        this.signInCodes = signInCodes;
    }

    @Override
    public void deactivated(DbExecute tx, String userId, Instant at) {
        refreshTokens.revokeAllOf(tx, userId, at, RefreshTokens.REVOKED_BY_DEACTIVATION);
        signInCodes.deleteAllOf(tx, userId);
    }
}
