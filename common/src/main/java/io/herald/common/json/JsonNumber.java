package io.herald.common.json;

import io.herald.common.text.TextBuilder;

/** A number, kept as its JSON text: read numbers are written again as they were read. */
final class JsonNumber extends JsonValue {

    private final String text;

    JsonNumber(String text) {
        this.text = text;
    }

    @Override
    public boolean isNumber() {
        return true;
    }

    @Override
    public int asInt() {
        return Integer.parseInt(text, 10);
    }

    @Override
    public long asLong() {
        return Long.parseLong(text, 10);
    }

    @Override
    public double asDouble() {
        return Double.parseDouble(text);
    }

    @Override
    void write(TextBuilder out, int indent) {
        out.append(text);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JsonNumber number && text.equals(number.text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }
}
