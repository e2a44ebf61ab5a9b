package io.herald.api.challenges;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.herald.api.web.ApiException;
import io.herald.api.web.Fields;
import io.herald.api.web.TextRules;

/**
 * {@code POST} and {@code PUT /api/v1/challenges}: the week's Monday, the audience ({@code teamId}, none for everyone),
 * a message of at most 280 characters (a post's length on X) and two or three content item ids.
 */
public record ChallengeRequest(LocalDate weekStart, Optional<String> teamId, String message, List<String> items) {
    public static final int MAX_MESSAGE = 280;
    public static final int MIN_ITEMS = 2;
    public static final int MAX_ITEMS = 3;

    public ChallengeRequest {
        Fields.required("weekStart", weekStart);
        if (weekStart.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw ApiException.invalidField("weekStart", "must be a Monday (weeks run Monday to Sunday, UTC); "
                                                         + weekStart + " is a " + weekStart.getDayOfWeek()
                                                         .name().toLowerCase(java.util.Locale.ROOT) + ".");
        }
        if (weekStart.getYear() < 2000 || weekStart.getYear() > 2099) {
            throw ApiException.invalidField("weekStart", "must be in the years 2000 to 2099.");
        }
        teamId = Optional.ofNullable(Fields.optionalText("teamId", teamId == null ? null : teamId.orElse(null), 36));
        message = TextRules.multiLine("message", Fields.text("message", message, MAX_MESSAGE));
        List<String> listed = Fields.list("items", items, MAX_ITEMS);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < listed.size(); i++) {
            String id = Fields.text("items[" + i + "]", listed.get(i), 36);
            if (ids.contains(id)) {
                throw ApiException.invalidField("items[" + i + "]", "is already in the challenge.");
            }
            ids.add(id);
        }
        if (ids.size() < MIN_ITEMS) {
            throw ApiException.invalidField("items", "needs " + MIN_ITEMS + " or " + MAX_ITEMS + " items; it has "
                                                     + ids.size() + ".");
        }
        items = List.copyOf(ids);
    }
}
