package io.herald.api.attribution.conversions;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Locale;

import io.herald.api.web.ApiException;
import io.herald.api.web.Fields;

/**
 * {@code POST /api/v1/conversions}. {@code clickId} is the {@code hclid} the visitor landed with (absent when they
 * came another way); {@code type} a lower-case identifier ({@code lead}, {@code signup}, {@code purchase}, ...);
 * {@code value} with its ISO 4217 {@code currency}; {@code eventId} the site's own id of the event (an order number),
 * which makes retries harmless. {@code siteKey} may travel here instead of in {@code X-Herald-Site-Key}.
 */
public record ConversionRequest(String clickId, String type, BigDecimal value, String currency, String eventId,
                                String siteKey) {
    private static final BigDecimal MAX_VALUE = new BigDecimal("1000000000000000");

    public ConversionRequest {
        clickId = Fields.optionalText("clickId", clickId, 32);
        type = Fields.text("type", type, 32).toLowerCase(Locale.ROOT);
        if (!type.matches("[a-z][a-z0-9_-]*")) {
            throw ApiException.invalidField("type", "must be an identifier such as lead, signup or purchase "
                                                    + "(letters, digits, '-' and '_', starting with a letter).");
        }
        if (value != null) {
            if (value.signum() < 0 || value.compareTo(MAX_VALUE) >= 0) {
                throw ApiException.invalidField("value", "must be between 0 and 10^15.");
            }
            value = value.setScale(4, RoundingMode.HALF_UP);
            currency = currency(Fields.text("currency", currency, 3));
        } else {
            currency = currency == null ? null : currency(Fields.text("currency", currency, 3));
        }
        eventId = Fields.text("eventId", eventId, 100);
        siteKey = Fields.optionalText("siteKey", siteKey, 64);
    }

    private static String currency(String code) {
        String upper = code.toUpperCase(Locale.ROOT);
        try {
            if (upper.length() == 3 && Currency.getInstance(upper).getCurrencyCode().equals(upper)) {
                return upper;
            }
        } catch (IllegalArgumentException e) {
            // Not an ISO 4217 code: answered below.
        }
        throw ApiException.invalidField("currency", "must be an ISO 4217 currency code such as EUR or USD.");
    }
}
