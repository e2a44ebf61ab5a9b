package io.herald.api.challenges;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.herald.api.content.FeedItem;

/**
 * A challenge of this week as an employee sees it ({@code GET /api/v1/challenges/current}): its items in the feed's
 * shape, only those the employee may see now ({@code ContentItem.visibleTo}).
 */
public record CurrentChallenge(String id,
                               LocalDate weekStart,
                               LocalDate weekEnd,
                               String message,
                               Optional<String> teamId,
                               List<FeedItem> items) {
}
