package io.herald.common.json;

import io.herald.common.text.JsonText;
import io.herald.common.text.TextBuilder;

final class JsonString extends JsonValue {

    private final String value;

    JsonString(String value) {
        this.value = value;
    }

    @Override
    public boolean isString() {
        return true;
    }

    @Override
    public String asString() {
        return value;
    }

    @Override
    void write(TextBuilder out, int indent) {
        out.append('"');
        JsonText.content(out, value);
        out.append('"');
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JsonString string && value.equals(string.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }
}
