package io.herald.api.analytics;

import io.herald.api.web.Fields;

/** {@code PUT /api/v1/me/preferences}: the whole set of choices (there is one today). */
public record PreferencesRequest(Boolean leaderboard) {
    public PreferencesRequest {
        Fields.required("leaderboard", leaderboard);
    }
}
