package io.herald.api.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

import io.herald.common.platform.Platform;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one Jackson configuration of the API: records, {@code Optional}, ISO-8601 instants, strict numbers.
 *
 * <p>Instants in request bodies are ISO-8601 text between {@link #EARLIEST} and {@link #LATEST}, read to the
 * millisecond (the precision they are stored with). Years far off are a client's bug that would skew every figure
 * computed over time (and beyond year 292278994 overflow epoch milliseconds), and a bare number could mean seconds
 * or milliseconds. Decimal numbers have at most {@value #MAX_SCALE} digits after the point and before it: a value
 * such as {@code 1e-999999999} is a few bytes of JSON but a computation of billions of digits once rounded.
 */
public final class Json {
    /** The earliest instant a request may carry (Herald did not exist before it). */
    public static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    /** Instants must be before this one. */
    public static final Instant LATEST = Instant.parse("2100-01-01T00:00:00Z");
    public static final int MAX_SCALE = 100;

    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new Jdk8Module())
            .addModule(new JavaTimeModule())
            .addModule(new SimpleModule("herald-bounds")
                               .addDeserializer(Instant.class, new BoundedInstants())
                               .addDeserializer(BigDecimal.class, new BoundedDecimals()))
            // The shared module's enums cannot carry Jackson's annotations: their ids, as Choice gives its own.
            .addMixIn(Platform.class, Ids.class)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(com.fasterxml.jackson.databind.MapperFeature.ALLOW_COERCION_OF_SCALARS)
            // A number or boolean where text is expected is a client's mistake, not text: 400 naming the field.
            .withCoercionConfig(LogicalType.Textual, text -> text
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .serializationInclusion(JsonInclude.Include.NON_ABSENT)
            .build();

    private Json() {
    }

    /** Read and written by {@code id()}, like a {@link Choice}. */
    private interface Ids {
        @JsonValue
        String id();
    }

    public static byte[] bytes(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Instants as ISO-8601 text inside [{@link #EARLIEST}, {@link #LATEST}), truncated to milliseconds. */
    private static final class BoundedInstants extends StdScalarDeserializer<Instant> {
        BoundedInstants() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (Instant) context.handleUnexpectedToken(Instant.class, parser);
            }
            String text = parser.getText().strip();
            Instant instant;
            try {
                instant = DateTimeFormatter.ISO_INSTANT.parse(text, Instant::from);
            } catch (DateTimeParseException e) {
                return (Instant) context.handleWeirdStringValue(Instant.class, text, "not an ISO-8601 instant");
            }
            if (instant.isBefore(EARLIEST) || !instant.isBefore(LATEST)) {
                return (Instant) context.handleWeirdStringValue(Instant.class, text, "out of range");
            }
            return instant.truncatedTo(ChronoUnit.MILLIS);
        }
    }

    /** Decimal numbers with at most {@link #MAX_SCALE} digits after the point and before it. */
    private static final class BoundedDecimals extends StdScalarDeserializer<BigDecimal> {
        BoundedDecimals() {
            super(BigDecimal.class);
        }

        @Override
        public BigDecimal deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            BigDecimal value = NumberDeserializers.BigDecimalDeserializer.instance.deserialize(parser, context);
            if (value != null && (Math.abs(value.scale()) > MAX_SCALE
                                  || value.precision() - value.scale() > MAX_SCALE)) {
                return (BigDecimal) context.handleWeirdNumberValue(BigDecimal.class, value, "out of range");
            }
            return value;
        }
    }

    public static String string(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
