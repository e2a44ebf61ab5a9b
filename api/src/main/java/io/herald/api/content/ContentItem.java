package io.herald.api.content;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.herald.api.web.ETags;
import io.herald.common.platform.Platform;

/**
 * An item of the library as stored. {@code slug} is derived from the first title and never changes (tracked links
 * use it as {@code utm_campaign}); {@code version} grows with every change and is the item's ETag.
 */
public record ContentItem(String id,
                          String slug,
                          String title,
                          String canonicalUrl,
                          Optional<String> summary,
                          Optional<String> imageUrl,
                          List<Caption> captions,
                          List<String> hashtags,
                          List<String> topics,
                          List<String> targetTeams,
                          List<Platform> platforms,
                          ContentKind kind,
                          ContentStatus status,
                          Optional<Instant> publishAt,
                          Optional<Instant> expiresAt,
                          boolean featured,
                          String createdBy,
                          Instant createdAt,
                          String updatedBy,
                          Instant updatedAt,
                          long version) {
    public ContentItem {
        captions = List.copyOf(captions);
        hashtags = List.copyOf(hashtags);
        topics = List.copyOf(topics);
        targetTeams = List.copyOf(targetTeams);
        platforms = List.copyOf(platforms);
    }

    public String etag() {
        return ETags.of(version);
    }

    /** Whether employees may share it at {@code now}: published and inside its publish/expiry window. */
    public boolean liveAt(Instant now) {
        return live(status, publishAt, expiresAt, now);
    }

    /**
     * The one rule for what an employee sees of the library: live at {@code now} and meant for everyone or for
     * their team. Every path an employee reads content through applies it (the feed's query, {@code content-feed},
     * is the same rule in SQL), and answers anything else as if it did not exist.
     */
    public boolean visibleTo(Optional<String> teamId, Instant now) {
        return liveAt(now) && (targetTeams.isEmpty() || teamId.filter(targetTeams::contains).isPresent());
    }

    /** The feed's rule (see {@code content-feed}), for code that holds the columns rather than an item. */
    static boolean live(ContentStatus status, Optional<Instant> publishAt, Optional<Instant> expiresAt, Instant now) {
        return status == ContentStatus.PUBLISHED
               && publishAt.map(at -> !at.isAfter(now)).orElse(false)
               && !expired(expiresAt, now);
    }

    static boolean expired(Optional<Instant> expiresAt, Instant now) {
        return expiresAt.map(at -> !at.isAfter(now)).orElse(false);
    }

    /** The item archived: same content, a new version. */
    ContentItem archived(String by, Instant at) {
        return new ContentItem(id, slug, title, canonicalUrl, summary, imageUrl, captions, hashtags, topics,
                               targetTeams, platforms, kind, ContentStatus.ARCHIVED, publishAt, expiresAt, featured,
                               createdBy, createdAt, by, at, version + 1);
    }

    ContentItem withSlug(String newSlug) {
        return new ContentItem(id, newSlug, title, canonicalUrl, summary, imageUrl, captions, hashtags, topics,
                               targetTeams, platforms, kind, status, publishAt, expiresAt, featured, createdBy,
                               createdAt, updatedBy, updatedAt, version);
    }
}
