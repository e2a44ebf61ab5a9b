package io.herald.api.challenges;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import io.herald.api.attribution.ChallengeRecords;
import io.herald.api.attribution.UtcDay;
import io.herald.api.db.Rows;
import io.herald.api.web.Page;
import io.herald.api.web.Paging;
import io.helidon.dbclient.DbExecute;
import io.helidon.dbclient.DbRow;

/**
 * Challenges and their items in the database; rows are mapped here only. Who shared a challenge's items is read
 * through {@link ChallengeRecords}.
 */
final class ChallengeRepository {
    private static final ChallengeRecords ATTRIBUTION = new ChallengeRecords();

    /** A challenge with its items (in the caller's transaction: several statements). */
    void insert(DbExecute tx, Challenge challenge) {
        tx.namedInsert("challenge-insert", challenge.id(), UtcDay.of(challenge.weekStart()),
                       challenge.teamId().orElse(null), challenge.audienceKey(), challenge.message(),
                       challenge.createdBy(), challenge.createdAt().toEpochMilli(), challenge.updatedBy(),
                       challenge.updatedAt().toEpochMilli());
        insertItems(tx, challenge);
    }

    /**
     * Replaces the challenge's week, audience, message and items (in the caller's transaction); false when it no
     * longer exists.
     */
    boolean update(DbExecute tx, Challenge challenge) {
        long changed = tx.namedUpdate("challenge-update", UtcDay.of(challenge.weekStart()),
                                      challenge.teamId().orElse(null), challenge.audienceKey(), challenge.message(),
                                      challenge.updatedBy(), challenge.updatedAt().toEpochMilli(), challenge.id());
        if (changed == 0) {
            return false;
        }
        tx.namedDelete("challenge-items-delete", challenge.id());
        insertItems(tx, challenge);
        return true;
    }

    boolean delete(DbExecute db, String id) {
        return db.namedDelete("challenge-delete", id) > 0;
    }

    Optional<Challenge> find(DbExecute db, String id) {
        return db.namedGet("challenge-get", id).map(Row::of).map(row -> row.challenge(items(db, row.id())));
    }

    Page<Challenge> list(DbExecute db, Paging paging) {
        return Page.read(paging, (offset, limit) -> {
            List<Row> rows;
            try (Stream<DbRow> read = db.namedQuery("challenges-list", offset, limit)) {
                rows = read.map(row -> Row.of(row, Rows.number(row, "total_count"))).toList();
            }
            return new Page.Slice<>(challenges(db, rows), rows.isEmpty() ? 0 : rows.getFirst().total());
        });
    }

    /** The week's challenges for everyone and, when there is one, for the team. */
    List<Challenge> ofWeek(DbExecute db, LocalDate weekStart, Optional<String> teamId) {
        try (Stream<DbRow> read = db.namedQuery("challenges-of-week", UtcDay.of(weekStart), teamId.orElse(null))) {
            return challenges(db, read.map(Row::of).toList());
        }
    }

    Participation participation(DbExecute db, Challenge challenge) {
        String team = challenge.teamId().orElse(null);
        long audience = db.namedGet("challenge-audience", team, team).map(row -> Rows.number(row, "n")).orElse(0L);
        long participants = ATTRIBUTION.participants(db, challenge.id(), challenge.starts(), challenge.ends(),
                                                      challenge.teamId());
        return Participation.of(participants, audience);
    }

    private static void insertItems(DbExecute tx, Challenge challenge) {
        for (int i = 0; i < challenge.items().size(); i++) {
            tx.namedInsert("challenge-item-insert", challenge.id(), i, challenge.items().get(i));
        }
    }

    /** Each row with its items, read once the rows are (one query open at a time). */
    private static List<Challenge> challenges(DbExecute db, List<Row> rows) {
        return rows.stream().map(row -> row.challenge(items(db, row.id()))).toList();
    }

    private static List<String> items(DbExecute db, String challengeId) {
        try (Stream<DbRow> rows = db.namedQuery("challenge-items", challengeId)) {
            return rows.map(item -> Rows.string(item, "content_id")).toList();
        }
    }

    /** A row of {@code challenges}, without its items. */
    private record Row(String id, LocalDate weekStart, Optional<String> teamId, String message, String createdBy,
                       java.time.Instant createdAt, String updatedBy, java.time.Instant updatedAt, long total) {
        static Row of(DbRow row) {
            return of(row, 0);
        }

        static Row of(DbRow row, long total) {
            return new Row(Rows.string(row, "id"), UtcDay.date((int) Rows.number(row, "week_start")),
                           Rows.optionalString(row, "team_id"), Rows.string(row, "message"),
                           Rows.string(row, "created_by"), Rows.instant(row, "created_at"),
                           Rows.string(row, "updated_by"), Rows.instant(row, "updated_at"), total);
        }

        Challenge challenge(List<String> items) {
            return new Challenge(id, weekStart, weekStart.plusDays(6), teamId, message, items, createdBy, createdAt,
                                 updatedBy, updatedAt);
        }
    }
}
