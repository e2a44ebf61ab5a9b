package io.herald.api.challenges;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A week's challenge as admins see it: the week (Monday to Sunday, UTC), its audience (a team, or everyone when
 * {@code teamId} is absent), the message and the ids of its items in order.
 */
public record Challenge(String id,
                        LocalDate weekStart,
                        LocalDate weekEnd,
                        Optional<String> teamId,
                        String message,
                        List<String> items,
                        String createdBy,
                        Instant createdAt,
                        String updatedBy,
                        Instant updatedAt) {
    /** The audience's key in the unique key of (week, audience): the team's id, or {@code everyone}. */
    static final String EVERYONE = "everyone";

    public Challenge {
        items = List.copyOf(items);
    }

    String audienceKey() {
        return teamId.orElse(EVERYONE);
    }

    /** The first instant of the week, UTC. */
    Instant starts() {
        return weekStart.atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
    }

    /** The first instant after the week, UTC. */
    Instant ends() {
        return weekEnd.plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
    }
}
