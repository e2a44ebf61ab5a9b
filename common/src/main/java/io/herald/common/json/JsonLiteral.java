package io.herald.common.json;

import io.herald.common.text.TextBuilder;

/** {@code null}, {@code true} or {@code false}: one instance of each, in {@link Json}. */
final class JsonLiteral extends JsonValue {

    private final String text;

    JsonLiteral(String text) {
        this.text = text;
    }

    @Override
    public boolean isNull() {
        return this == Json.NULL;
    }

    @Override
    public boolean isBoolean() {
        return this != Json.NULL;
    }

    @Override
    public boolean asBoolean() {
        return isBoolean() ? this == Json.TRUE : super.asBoolean();
    }

    @Override
    void write(TextBuilder out, int indent) {
        out.append(text);
    }
}
