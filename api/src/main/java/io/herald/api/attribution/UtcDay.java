package io.herald.api.attribution;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The UTC calendar day stored in {@code utc_day} columns, as the number yyyymmdd (20260131): readable in SQL, ordered
 * like the dates, and the key of the daily rollups and of the visitor salt.
 */
public final class UtcDay {
    private UtcDay() {
    }

    public static int of(long epochMillis) {
        return of(Instant.ofEpochMilli(epochMillis).atZone(ZoneOffset.UTC).toLocalDate());
    }

    public static int of(LocalDate date) {
        return date.getYear() * 10_000 + date.getMonthValue() * 100 + date.getDayOfMonth();
    }

    public static LocalDate date(int utcDay) {
        return LocalDate.of(utcDay / 10_000, utcDay / 100 % 100, utcDay % 100);
    }

    /** The day before, across month and year ends. */
    public static int previous(int utcDay) {
        return of(date(utcDay).minusDays(1));
    }
}
