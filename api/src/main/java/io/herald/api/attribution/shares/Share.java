package io.herald.api.attribution.shares;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import io.herald.common.platform.Platform;
import com.fasterxml.jackson.annotation.JsonIgnore;

/** A recorded share, as answered to its employee (the post text, when stored, is never sent back). */
public record Share(String id, @JsonIgnore String userId, @JsonIgnore Optional<String> teamId,
                    @JsonIgnore Optional<String> linkId, Optional<String> linkCode, String contentId,
                    Platform platform, Instant postedAt, BigDecimal ownWords, Map<String, Integer> findings,
                    Optional<String> fingerprint, Optional<String> postUrl, @JsonIgnore String requestHash,
                    Instant createdAt) {
}
