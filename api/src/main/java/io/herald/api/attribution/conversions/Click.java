package io.herald.api.attribution.conversions;

import java.time.Instant;
import java.util.Optional;

/** The visit a click id names, with what it is attributed to. */
record Click(String clickId, String linkId, String code, Optional<String> userId, Optional<String> teamId,
             String contentId, String platform, Instant clickedAt) {
}
