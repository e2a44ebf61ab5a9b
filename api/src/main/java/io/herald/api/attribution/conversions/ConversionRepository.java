package io.herald.api.attribution.conversions;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.herald.api.attribution.UtcDay;
import io.herald.api.db.Rows;
import io.helidon.dbclient.DbExecute;
import io.helidon.dbclient.DbRow;

/**
 * Conversions and the clicks they refer to; rows are mapped here only. Holds nothing: it runs on the
 * {@link DbExecute} it is given.
 */
public final class ConversionRepository {
    /** A click, or a visit counted as a bot's: a conversion proves a person was there, so both can be attributed. */
    Optional<Click> click(DbExecute db, String clickId) {
        return db.namedGet("click-get", clickId)
                .or(() -> db.namedGet("bot-visit-get", clickId))
                .map(ConversionRepository::click);
    }

    /** Inserts; a second conversion with the site's event id fails on the unique key. */
    void insert(DbExecute db, Conversion conversion) {
        Optional<Click> click = conversion.click().filter(c -> Conversion.ATTRIBUTED.equals(conversion.attribution()));
        long at = conversion.convertedAt().toEpochMilli();
        db.namedInsert("conversion-insert", conversion.id(), conversion.siteId(), conversion.eventId(),
                       conversion.type(), conversion.value().orElse(null),
                       conversion.currency().orElse(null), conversion.clickId().orElse(null),
                       conversion.attribution(), click.map(Click::linkId).orElse(null),
                       click.map(Click::code).orElse(null), click.flatMap(Click::userId).orElse(null),
                       click.flatMap(Click::teamId).orElse(null),
                       click.map(Click::contentId).orElse(null), click.map(Click::platform).orElse(null),
                       click.map(c -> c.clickedAt().toEpochMilli()).orElse(null), at, UtcDay.of(at));
    }

    /** A conversion stored as {@code unknown-click}, to look for its click again. */
    record Unknown(String id, String clickId, Instant convertedAt) {
    }

    /** Conversions stored as unknown-click since {@code since} (and on its UTC day or later). */
    List<Unknown> unknownSince(DbExecute db, Instant since) {
        long at = since.toEpochMilli();
        return db.namedQuery("conversions-unknown-recent", UtcDay.of(at), at)
                .map(row -> new Unknown(Rows.string(row, "id"), Rows.string(row, "click_id"),
                                        Rows.instant(row, "converted_at")))
                .toList();
    }

    /** Attributes (or marks outside the window) a conversion that was stored as unknown-click; false if it was not. */
    boolean attributeLate(DbExecute db, String conversionId, String attribution, Click click) {
        Optional<Click> kept = Optional.of(click).filter(c -> Conversion.ATTRIBUTED.equals(attribution));
        return db.namedUpdate("conversion-attribute-late", attribution,
                              kept.map(Click::linkId).orElse(null), kept.map(Click::code).orElse(null),
                              kept.flatMap(Click::userId).orElse(null),
                              kept.flatMap(Click::teamId).orElse(null),
                              kept.map(Click::contentId).orElse(null),
                              kept.map(Click::platform).orElse(null),
                              kept.map(c -> c.clickedAt().toEpochMilli()).orElse(null),
                              conversionId) == 1;
    }

    /** Conversions of the type already recorded with this click id, attributed or not. */
    long countOfClick(DbExecute db, String clickId, String type) {
        return db.namedGet("conversions-of-click", clickId, type).map(row -> Rows.number(row, "n")).orElse(0L);
    }

    Optional<Conversion> find(DbExecute db, String siteId, String eventId) {
        return db.namedGet("conversion-get", siteId, eventId).map(ConversionRepository::conversion);
    }

    private static Click click(DbRow row) {
        return new Click(Rows.string(row, "click_id"), Rows.string(row, "link_id"), Rows.string(row, "code"),
                         Rows.optionalString(row, "user_id"), Rows.optionalString(row, "team_id"),
                         Rows.string(row, "content_id"), Rows.string(row, "platform"), Rows.instant(row, "clicked_at"));
    }

    private static Conversion conversion(DbRow row) {
        return new Conversion(Rows.string(row, "id"), Rows.string(row, "site_id"), Rows.string(row, "event_id"),
                              Rows.string(row, "conversion_type"),
                              Rows.optionalString(row, "amount").map(BigDecimal::new)
                                      .map(v -> v.setScale(4, java.math.RoundingMode.HALF_UP)),
                              Rows.optionalString(row, "currency"), Rows.optionalString(row, "click_id"),
                              Rows.string(row, "attribution"), Optional.empty(), Rows.instant(row, "converted_at"));
    }
}
