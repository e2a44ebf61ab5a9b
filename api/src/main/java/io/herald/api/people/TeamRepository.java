package io.herald.api.people;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import io.herald.api.db.Rows;
import io.helidon.dbclient.DbExecute;
import io.helidon.dbclient.DbRow;

/** Teams in the database; rows are mapped here and nowhere else. */
public final class TeamRepository {
    public List<Team> list(DbExecute db) {
        try (Stream<DbRow> rows = db.namedQuery("teams-list")) {
            return rows.map(TeamRepository::team).toList();
        }
    }

    public Optional<Team> find(DbExecute db, String id) {
        return db.namedGet("teams-get", id).map(TeamRepository::team);
    }

    public boolean exists(DbExecute db, String id) {
        return find(db, id).isPresent();
    }

    public Optional<String> findIdByName(DbExecute db, String name) {
        return db.namedGet("teams-get-by-name", name).map(row -> Rows.string(row, "id"));
    }

    public void insert(DbExecute db, String id, String name, Instant now) {
        db.namedInsert("teams-insert", id, name, now.toEpochMilli());
    }

    public void rename(DbExecute db, String id, String name) {
        db.namedUpdate("teams-rename", name, id);
    }

    public void delete(DbExecute db, String id) {
        db.namedDelete("teams-delete", id);
    }

    private static Team team(DbRow row) {
        return new Team(Rows.string(row, "id"), Rows.string(row, "name"), Rows.instant(row, "created_at"),
                        Rows.number(row, "member_count"));
    }
}
