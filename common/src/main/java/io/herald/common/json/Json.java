package io.herald.common.json;

/** The scalar values, and the reader: {@link #parse(String)}. */
public final class Json {

    public static final JsonValue NULL = new JsonLiteral("null");
    public static final JsonValue TRUE = new JsonLiteral("true");
    public static final JsonValue FALSE = new JsonLiteral("false");

    private Json() {
    }

    public static JsonValue value(int value) {
        return new JsonNumber(Integer.toString(value));
    }

    public static JsonValue value(long value) {
        return new JsonNumber(Long.toString(value));
    }

    /** A finite number, written as {@link Double#toString} writes it less a trailing {@code ".0"}. */
    public static JsonValue value(double value) {
        if (Double.isInfinite(value) || Double.isNaN(value)) {
            throw new IllegalArgumentException("Infinite and NaN values not permitted in JSON");
        }
        String printed = Double.toString(value);
        return new JsonNumber(printed.endsWith(".0") ? printed.substring(0, printed.length() - 2) : printed);
    }

    /** The string, or {@link #NULL} for a null reference. */
    public static JsonValue value(String value) {
        return value == null ? NULL : new JsonString(value);
    }

    public static JsonValue value(boolean value) {
        return value ? TRUE : FALSE;
    }

    /**
     * The value of a JSON text (RFC 8259: any value at the top, surrounded by optional space, nesting at most
     * {@value JsonReader#MAX_DEPTH} deep).
     *
     * @throws ParseException when the text is not JSON
     */
    public static JsonValue parse(String text) {
        return JsonReader.read(text);
    }
}
