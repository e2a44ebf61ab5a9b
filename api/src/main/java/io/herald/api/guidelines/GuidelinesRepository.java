package io.herald.api.guidelines;

import java.util.Optional;
import java.util.OptionalLong;

import io.herald.api.web.Page;
import io.herald.api.web.Paging;

/** Where rule-set versions are kept. One implementation, on the DB Client: {@link DbGuidelinesRepository}. */
interface GuidelinesRepository {
    Optional<GuidelineSet> current();

    /** The current version's number without reading the rule set; empty before the first version. */
    OptionalLong currentVersion();

    /** Stores a new version; false if that version number was taken meanwhile by another writer. */
    boolean insert(GuidelineSet set);

    /** Every version, newest first. */
    Page<GuidelineSet> history(Paging paging);
}
