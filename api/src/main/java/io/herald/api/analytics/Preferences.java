package io.herald.api.analytics;

import java.time.Instant;
import java.util.Optional;

/** What a person agreed to; without a stored choice, nothing (not on the leaderboard). */
public record Preferences(boolean leaderboard, Optional<Instant> updatedAt) {
    static final Preferences DEFAULTS = new Preferences(false, Optional.empty());
}
