package io.herald.api.content;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.herald.common.platform.Platform;

/**
 * An item as an employee sees it in the feed: what to share and how, without the library's bookkeeping (status,
 * audience, authors, version).
 */
public record FeedItem(String id,
                       String slug,
                       String title,
                       String canonicalUrl,
                       Optional<String> summary,
                       Optional<String> imageUrl,
                       List<Caption> captions,
                       List<String> hashtags,
                       List<String> topics,
                       List<Platform> platforms,
                       ContentKind kind,
                       boolean featured,
                       Optional<Instant> publishAt,
                       Optional<Instant> expiresAt) {
    /** The item with only the captions that suit the filter's platform and language, when the filter names them. */
    static FeedItem of(ContentItem item, FeedFilter filter) {
        List<Caption> captions = item.captions().stream()
                .filter(caption -> filter.platform().map(caption.platform()::fits).orElse(true))
                .filter(caption -> filter.language().map(caption::inLanguage).orElse(true))
                .toList();
        return new FeedItem(item.id(), item.slug(), item.title(), item.canonicalUrl(), item.summary(),
                            item.imageUrl(), captions, item.hashtags(), item.topics(), item.platforms(), item.kind(),
                            item.featured(), item.publishAt(), item.expiresAt());
    }
}
