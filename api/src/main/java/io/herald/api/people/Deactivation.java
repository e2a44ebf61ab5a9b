package io.herald.api.people;

import java.time.Instant;

import io.helidon.dbclient.DbExecute;

/**
 * What else must happen when someone is deactivated, in the transaction that deactivates them: sign-in ends every
 * session of theirs ({@code auth.EndedSessions}). Declared here so that people do not depend on how sign-in works.
 */
@FunctionalInterface
public interface Deactivation {
    void deactivated(DbExecute tx, String userId, Instant at);
}
