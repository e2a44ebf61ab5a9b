package io.herald.api.attribution.conversions;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A recorded conversion. The website is told its id and whether it was attributed, never to whom.
 *
 * @param attribution {@code attributed}, or why not: {@code outside-window}, {@code unknown-click}, {@code no-click}
 */
public record Conversion(String id, @JsonIgnore String siteId, String eventId, String type, Optional<BigDecimal> value,
                         Optional<String> currency, Optional<String> clickId, String attribution,
                         @JsonIgnore Optional<Click> click, Instant convertedAt) {
    public static final String ATTRIBUTED = "attributed";
    public static final String OUTSIDE_WINDOW = "outside-window";
    public static final String UNKNOWN_CLICK = "unknown-click";
    public static final String NO_CLICK = "no-click";
}
