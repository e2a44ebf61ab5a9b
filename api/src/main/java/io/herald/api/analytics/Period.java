package io.herald.api.analytics;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import io.herald.api.attribution.UtcDay;
import io.herald.api.web.ApiException;
import io.herald.api.web.QueryParams;
import io.helidon.webserver.http.ServerRequest;

/**
 * A range of UTC calendar days, both ends included, from the {@code from} and {@code to} query parameters (ISO dates).
 * Without them: the last {@value #DEFAULT_DAYS} days up to today. Longer than {@value #MAX_DAYS} days is refused, so a
 * request cannot ask for an unbounded daily series.
 */
public record Period(LocalDate from, LocalDate to) {
    static final int DEFAULT_DAYS = 30;
    static final int MAX_DAYS = 400;

    public static Period of(ServerRequest req, Clock clock) {
        Optional<LocalDate> from = date(req, "from");
        Optional<LocalDate> to = date(req, "to");
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        LocalDate end = to.orElseGet(() -> from.map(f -> f.plusDays(DEFAULT_DAYS - 1L)).orElse(today));
        LocalDate start = from.orElse(end.minusDays(DEFAULT_DAYS - 1L));
        if (start.isAfter(end)) {
            throw ApiException.invalidField("from", "must not be after to (" + end + ").");
        }
        if (ChronoUnit.DAYS.between(start, end) + 1 > MAX_DAYS) {
            throw ApiException.invalidField("to", "must be at most " + MAX_DAYS + " days after from.");
        }
        return new Period(start, end);
    }

    public int firstDay() {
        return UtcDay.of(from);
    }

    public int lastDay() {
        return UtcDay.of(to);
    }

    public long startMillis() {
        return from.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    /** The last millisecond of the last day. */
    public long endMillis() {
        return to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli() - 1;
    }

    private static Optional<LocalDate> date(ServerRequest req, String name) {
        return QueryParams.text(req, name, 10).map(value -> {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw ApiException.invalidField(name, "must be a date as yyyy-mm-dd, not '" + value + "'.");
            }
        });
    }
}
