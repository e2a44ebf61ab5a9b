package io.herald.api.analytics;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Everything Herald holds about one person ({@code GET /api/v1/me/export}). */
public record PersonalData(Instant exportedAt, Profile profile, Preferences preferences, List<LinkData> links,
                           List<ShareData> shares) {

    public record Profile(String id, String email, Optional<String> displayName, String role, String status,
                          Optional<String> teamId, Optional<String> teamName, Instant invitedAt,
                          Optional<Instant> activatedAt, Optional<Instant> lastActiveAt) {
    }

    /** A personal tracked link with the visits and conversions it brought (all time, attributed to this person). */
    public record LinkData(String id, String code, String contentId, String platform, Instant createdAt, long clicks,
                           long uniqueClicks, long botVisits, long conversions) {
    }

    /**
     * A recorded post; {@code text} only where the deployment stores post texts. {@code copied}: when it was
     * recorded, a colleague had posted the same item with the same or nearly the same text (the copy-paste rate).
     */
    public record ShareData(String id, Optional<String> linkId, String contentId, String platform, Instant postedAt,
                            BigDecimal ownWords, Optional<String> fingerprint, boolean copied, Optional<String> postUrl,
                            Optional<String> text, Instant createdAt, Map<String, Long> findings) {
    }
}
