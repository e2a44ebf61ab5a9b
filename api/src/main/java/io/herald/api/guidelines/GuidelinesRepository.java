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
import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.DbRow;

/** Rule-set versions on the Helidon DB Client, with the named statements of {@code statements/guidelines.yaml}. */
final class DbGuidelinesRepository implements GuidelinesRepository {
    private final DbClient db;

    DbGuidelinesRepository(DbClient db) {
        this.db = db;
    }

    /**
     * The rule set is a CLOB, which the driver reads through the connection: it is read while the query's stream (and
     * its pooled connection) is open. {@code namedGet} hands the row back after the connection went back to the pool,
     * where Oracle's driver can no longer read it.
     */
    @Override
    public Optional<GuidelineSet> current() {
        try (Stream<DbRow> rows = db.execute().namedQuery("guidelines-current")) {
            return rows.findFirst().map(DbGuidelinesRepository::set);
        }
    }

    @Override
    public OptionalLong currentVersion() {
        return db.execute().namedGet("guidelines-current-version")
                .flatMap(row -> Rows.optionalNumber(row, "version_no"))
                .map(OptionalLong::of)
                .orElse(OptionalLong.empty());
    }

    @Override
    public boolean insert(GuidelineSet set) {
        try {
            db.execute().namedInsert("guidelines-insert", set.version(), set.ruleSet(),
                                     set.updatedBy().orElse(null), set.updatedAt().toEpochMilli());
            return true;
        } catch (RuntimeException e) {
            if (Constraints.violated(e, "guideline_versions_pk")) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public Page<GuidelineSet> history(Paging paging) {
        return Page.read(paging, (offset, limit) -> {
            List<GuidelineSet> sets = new ArrayList<>();
            long total = 0;
            try (Stream<DbRow> rows = db.execute().namedQuery("guidelines-history", offset, limit)) {
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
