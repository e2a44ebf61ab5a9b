package io.herald.api.analytics;

import java.time.Instant;
import java.util.Optional;

import io.herald.api.db.PersonalDataOwner;
import io.herald.api.db.Rows;
import io.helidon.dbclient.DbExecute;

/** Stored preferences; rows are mapped here only. Erased with the rest of a person's data. */
final class PreferencesRepository implements PersonalDataOwner {
    Preferences find(DbExecute db, String userId) {
        return db.namedGet("preferences-get", userId)
                .map(row -> new Preferences(Rows.flag(row, "leaderboard"),
                                            Optional.of(Rows.instant(row, "updated_at"))))
                .orElse(Preferences.DEFAULTS);
    }

    void save(DbExecute db, String userId, boolean leaderboard, Instant at) {
        db.namedDml("preferences-merge", userId, Rows.flag(leaderboard), at.toEpochMilli());
    }

    @Override
    public Runnable erase(DbExecute tx, String userId) {
        tx.namedDml("erase-preferences", userId);
        return () -> { };
    }
}
