package io.herald.api.guidelines;

import java.util.List;
import java.util.Optional;
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

    @Override
    public Optional<GuidelineSet> current() {
        return db.execute().namedGet("guidelines-current").map(DbGuidelinesRepository::set);
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
        long[] total = {0};
        List<GuidelineSet> sets;
        try (Stream<DbRow> rows = db.execute().namedQuery("guidelines-history", paging.offset(), paging.size())) {
            sets = rows.peek(row -> total[0] = Rows.number(row, "total_count")).map(DbGuidelinesRepository::set)
                    .toList();
        }
        if (sets.isEmpty() && paging.offset() > 0) {
            try (Stream<DbRow> rows = db.execute().namedQuery("guidelines-history", 0, 1)) {
                total[0] = rows.findFirst().map(row -> Rows.number(row, "total_count")).orElse(0L);
            }
        }
        return new Page<>(sets, paging.page(), paging.size(), total[0]);
    }

    /** Rows mapped in one place. */
    private static GuidelineSet set(DbRow row) {
        return new GuidelineSet(Rows.number(row, "version_no"), Rows.string(row, "rule_set"),
                                Rows.optionalString(row, "updated_by"), Rows.instant(row, "updated_at"));
    }
}
