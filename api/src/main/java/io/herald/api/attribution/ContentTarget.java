package io.herald.api.attribution;

import java.time.Instant;
import java.util.Optional;

/**
 * What attribution needs to know about a content item: where its links lead and whether new links may be made.
 *
 * @param contentId    the content item's id
 * @param canonicalUrl the absolute http(s) URL that tracked links redirect to
 * @param slug         the URL-safe name used as {@code utm_campaign}
 * @param kind         the content kind (article, job, event, ...), informational
 * @param status       {@code draft}, {@code published} or {@code archived}
 * @param expiresAt    after this instant no new links are made (existing links keep redirecting)
 */
public record ContentTarget(String contentId, String canonicalUrl, String slug, String kind, String status,
                            Optional<Instant> expiresAt) {
}
