package io.herald.api.attribution.sites;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.herald.api.web.ApiException;
import io.herald.api.web.Fields;
import io.herald.api.web.TextRules;

/**
 * {@code POST /api/v1/sites}: a name, the origins whose pages may send conversions, and optionally the site's own cap
 * on a conversion's value ({@code herald.conversions.max-value} otherwise).
 */
public record SiteRequest(String name, List<String> allowedOrigins, BigDecimal maxValue) {
    static final int MAX_ORIGINS = 20;
    /** Conversions store their value as NUMBER(19,4): below 10^15. */
    static final BigDecimal HIGHEST_CAP = new BigDecimal("999999999999999");

    public SiteRequest {
        name = TextRules.singleLine("name", Fields.text("name", name, 100));
        List<String> given = Fields.list("allowedOrigins", allowedOrigins, MAX_ORIGINS);
        if (given.isEmpty()) {
            throw ApiException.invalidField("allowedOrigins", "needs at least one origin.");
        }
        List<String> origins = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            String origin = Origins.parse("allowedOrigins[" + i + "]", given.get(i));
            if (!origins.contains(origin)) {
                origins.add(origin);
            }
        }
        allowedOrigins = List.copyOf(origins);
        maxValue = cap(maxValue).orElse(null);
    }

    /** A site's cap on a conversion's value: more than 0 and at most {@link #HIGHEST_CAP}; null is none. */
    static Optional<BigDecimal> cap(BigDecimal value) {
        if (value == null) {
            return Optional.empty();
        }
        if (value.signum() <= 0 || value.compareTo(HIGHEST_CAP) > 0) {
            throw ApiException.invalidField("maxValue", "must be more than 0 and at most " + HIGHEST_CAP.toPlainString()
                                                        + ".");
        }
        return Optional.of(value.setScale(4, RoundingMode.HALF_UP));
    }

    /** {@code PUT /api/v1/sites/{id}/max-value}: the site's own cap, or null to return to the default. */
    public record MaxValue(BigDecimal maxValue) {
        public MaxValue {
            maxValue = cap(maxValue).orElse(null);
        }
    }
}
