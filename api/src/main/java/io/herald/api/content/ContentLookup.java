package io.herald.api.content;

import java.util.Optional;

/**
 * What other areas read from the library: attribution resolves an item for a tracked link (its canonical URL, slug
 * as {@code utm_campaign}, status, kind, expiry), the guideline engine gets the approved and retired URLs, and team
 * management asks whether a team is still targeted before deleting it.
 */
public interface ContentLookup {
    Optional<ContentItem> find(String id);

    Optional<ContentItem> findBySlug(String slug);

    /** Approved and retired canonical URLs as of now. */
    ContentUrls urls();

    /** How many items name this team in their audience; a team that is still targeted should not be deleted. */
    long itemsTargeting(String teamId);
}
