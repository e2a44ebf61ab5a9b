package io.herald.api.guidelines;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;

import io.herald.api.db.Constraints;
import io.herald.api.db.Rows;
import io.herald.api.web.Page;
import io.herald.api.web.Paging;
import io.helidon.dbclient.DbExecute;
import io.helidon.dbclient.DbRow;

/**
 * Where rule-set versions are kept: the named statements of {@code statements/guidelines.yaml}, rows mapped here.
 * Like every repository, it holds nothing and runs on the {@link DbExecute} it is given.
 */
final class GuidelinesRepository {
    /**
     * The rule set is a CLOB, which the driver reads through the connection: it is read while the query's stream (and
     * its pooled connection) is open. {@code namedGet} hands the row back after the connection went back to the pool,
     * where Oracle's driver can no longer read it.
     */
    Optional<GuidelineSet> current(DbExecute db) {
        try (Stream<DbRow> rows = db.namedQuery("guidelines-current")) {
            return rows.findFirst().map(GuidelinesRepository::set);
        }
    }

    /** The current version's number without reading the rule set; empty before the first version. */
    OptionalLong currentVersion(DbExecute db) {
        return db.namedGet("guidelines-current-version")
                .flatMap(row -> Rows.optionalNumber(row, "version_no"))
                .map(OptionalLong::of)
                .orElse(OptionalLong.empty());
    }

    /** Stores a new version; false if that version number was taken meanwhile by another writer. */
    boolean insert(DbExecute db, GuidelineSet set) {
        try {
            db.namedInsert("guidelines-insert", set.version(), set.ruleSet(),
                           set.updatedBy().orElse(null), set.updatedAt().toEpochMilli());
            return true;
        } catch (RuntimeException e) {
            if (Constraints.violated(e, "guideline_versions_pk")) {
                return false;
            }
            throw e;
        }
    }

    /** Every version, newest first. */
    Page<GuidelineSet> history(DbExecute db, Paging paging) {
        return Page.read(paging, (offset, limit) -> {
            List<GuidelineSet> sets = new ArrayList<>();
            long total = 0;
            try (Stream<DbRow> rows = db.namedQuery("guidelines-history", offset, limit)) {
                for (DbRow row : (Iterable<DbRow>) rows::iterator) {
                    total = Rows.number(row, "total_count");
                    sets.add(set(row));
                }
            }
            return new Page.Slice<>(sets, total);
        });
    }

    /** Rows mapped in one place. */
    private static GuidelineSet set(DbRow row) {
        return new GuidelineSet(Rows.number(row, "version_no"), Rows.string(row, "rule_set"),
                                Rows.optionalString(row, "updated_by"), Rows.instant(row, "updated_at"));
    }
}
