package io.herald.api.content;

import java.time.Instant;
import java.util.Optional;

import io.herald.api.web.Page;
import io.herald.api.web.Paging;

/** Where library items are kept. One implementation, on the DB Client: {@link DbContentRepository}. */
interface ContentRepository {
    Optional<ContentItem> find(String id);

    /** Admin library, most recently updated first. */
    Page<ContentItem> list(LibraryFilter filter, Paging paging);

    /**
     * Items live at {@code now} and meant for everyone or for {@code team}, featured first, then most recently
     * published.
     */
    Page<ContentItem> feed(Optional<String> team, FeedFilter filter, Instant now, Paging paging);

    /** Stores a new item under its slug or, when that is taken, the first free {@code slug-2}, {@code slug-3}... */
    ContentItem insert(ContentItem item);

    /** Replaces the stored item if its version is still {@code expectedVersion}; false if someone changed it since. */
    boolean update(ContentItem item, long expectedVersion);

    boolean teamExists(String teamId);

    ContentUrls urls(Instant now);
}
