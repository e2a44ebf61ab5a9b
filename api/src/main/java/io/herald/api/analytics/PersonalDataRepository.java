package io.herald.api.analytics;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import io.herald.api.analytics.PersonalData.Profile;
import io.herald.api.attribution.PersonalRecords;
import io.herald.api.db.Rows;
import io.helidon.dbclient.DbExecute;
import io.helidon.dbclient.DbRow;

/**
 * A person's own figures and their export; rows are mapped here only. What attribution holds of them (links, shares,
 * clicks, conversions, their shares by content kind) is read through {@link PersonalRecords}.
 */
final class PersonalDataRepository {
    private static final PersonalRecords ATTRIBUTION = new PersonalRecords();

    MyStats stats(DbExecute execute, String userId, Period period) {
        PersonalRecords.Figures figures = ATTRIBUTION.figures(execute, userId, period.firstDay(), period.lastDay());
        long value = 0;
        long ask = 0;
        long other = 0;
        for (PersonalRecords.SharesOfKind of : figures.shares()) {
            switch (of.kind().orElse("")) {
                case "value" -> value += of.shares();
                case "ask" -> ask += of.shares();
                default -> other += of.shares();
            }
        }
        long conversions = 0;
        Map<String, BigDecimal> money = new java.util.TreeMap<>();
        for (PersonalRecords.Conversions of : figures.conversions()) {
            conversions += of.count();
            if (of.currency().isPresent() && of.amount().isPresent()) {
                money.merge(of.currency().get(), SummaryRepository.plain(of.amount().get()), BigDecimal::add);
            }
        }
        return MyStats.of(period, value, ask, other, figures.clicks(), figures.uniqueClicks(), conversions,
                          money.entrySet().stream().map(e -> new Summary.Money(e.getKey(), e.getValue())).toList());
    }

    Optional<PersonalData> export(DbExecute execute, String userId, Preferences preferences, Instant now) {
        Optional<Profile> profile = execute.namedGet("export-profile", userId).map(PersonalDataRepository::profile);
        if (profile.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PersonalData(now, profile.get(), preferences, ATTRIBUTION.links(execute, userId),
                                            ATTRIBUTION.shares(execute, userId)));
    }

    private static Profile profile(DbRow row) {
        return new Profile(Rows.string(row, "id"), Rows.string(row, "email"), Rows.optionalString(row, "display_name"),
                           Rows.string(row, "role"), Rows.string(row, "status"), Rows.optionalString(row, "team_id"),
                           Rows.optionalString(row, "team_name"), Rows.instant(row, "invited_at"),
                           Rows.optionalInstant(row, "activated_at"), Rows.optionalInstant(row, "last_active_at"));
    }
}
