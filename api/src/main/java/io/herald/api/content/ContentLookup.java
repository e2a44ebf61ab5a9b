package io.herald.api.content;

import java.util.Optional;

import io.herald.api.auth.CurrentUser;

/**
 * What other areas read from the library: attribution resolves an item for a tracked link (its canonical URL, slug
 * as {@code utm_campaign}, status, kind, expiry), the guideline engine gets the approved and retired URLs.
 */
public interface ContentLookup {
    /** Any item, drafts and archived ones included: for admins, and for links made before. */
    Optional<ContentItem> find(String id);

    /** The item if this employee may see it now ({@link ContentItem#visibleTo}); empty as for an unknown id. */
    Optional<ContentItem> findVisible(String id, CurrentUser employee);

    /** The item as the feed shows it (every caption), if this employee may see it now; empty otherwise. */
    Optional<FeedItem> findVisibleInFeed(String id, CurrentUser employee);

    /** Approved and retired canonical URLs as of now. */
    ContentUrls urls();
}
