package io.herald.api.analytics;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.herald.api.attribution.PersonalRecords.LinkData;
import io.herald.api.attribution.PersonalRecords.ShareData;

/**
 * Everything Herald holds about one person ({@code GET /api/v1/me/export}); links and shares as attribution has them.
 */
public record PersonalData(Instant exportedAt, Profile profile, Preferences preferences, List<LinkData> links,
                           List<ShareData> shares) {

    public record Profile(String id, String email, Optional<String> displayName, String role, String status,
                          Optional<String> teamId, Optional<String> teamName, Instant invitedAt,
                          Optional<Instant> activatedAt, Optional<Instant> lastActiveAt) {
    }
}
