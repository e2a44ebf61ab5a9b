package io.herald.api.attribution.links;

import java.time.Instant;
import java.util.Optional;

import io.herald.common.platform.Platform;

/** A tracked link. {@code userId} is empty once its employee's data has been erased: it still redirects. */
public record Link(String id, String code, Optional<String> userId, String contentId, Platform platform,
                   Instant createdAt) {
    /** Whether it is this employee's own link (an erased link is no one's). */
    public boolean ownedBy(String userId) {
        return this.userId.filter(userId::equals).isPresent();
    }
}
