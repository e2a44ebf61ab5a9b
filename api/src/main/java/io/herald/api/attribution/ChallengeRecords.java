package io.herald.api.attribution;

import java.time.Instant;
import java.util.Optional;

import io.herald.api.db.Rows;
import io.helidon.dbclient.DbExecute;

/**
 * What attribution holds of a weekly challenge: who shared its items. The challenges area asks here instead of reading
 * shares; the statement joins the challenge's items and the people who shared ({@code statements/attribution.yaml}).
 * Holds nothing: it runs on the {@link DbExecute} it is given.
 */
public final class ChallengeRecords {

    /**
     * The active people (of the team, or everyone) who shared one of the challenge's items from {@code from} until
     * before {@code until}.
     */
    public long participants(DbExecute db, String challengeId, Instant from, Instant until, Optional<String> teamId) {
        String team = teamId.orElse(null);
        return db.namedGet("challenge-participants", challengeId, from.toEpochMilli(), until.toEpochMilli(), team, team)
                .map(row -> Rows.number(row, "n")).orElse(0L);
    }
}
