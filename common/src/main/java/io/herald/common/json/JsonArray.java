package io.herald.common.json;

import io.herald.common.text.TextBuilder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

/** A JSON array: values in order, added and replaced in place. */
public final class JsonArray extends JsonValue implements Iterable<JsonValue> {

    private final List<JsonValue> values = new ArrayList<>();

    public JsonArray add(int value) {
        return add(Json.value(value));
    }

    public JsonArray add(long value) {
        return add(Json.value(value));
    }

    public JsonArray add(double value) {
        return add(Json.value(value));
    }

    public JsonArray add(boolean value) {
        return add(Json.value(value));
    }

    /** Adds the string, or {@code null} for a null reference. */
    public JsonArray add(String value) {
        return add(Json.value(value));
    }

    public JsonArray add(JsonValue value) {
        values.add(requireValue(value));
        return this;
    }

    public JsonArray set(int index, JsonValue value) {
        values.set(index, requireValue(value));
        return this;
    }

    public JsonValue get(int index) {
        return values.get(index);
    }

    public int size() {
        return values.size();
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** The values, as a list that cannot be changed. */
    public List<JsonValue> values() {
        return Collections.unmodifiableList(values);
    }

    @Override
    public Iterator<JsonValue> iterator() {
        return values().iterator();
    }

    @Override
    public boolean isArray() {
        return true;
    }

    @Override
    public JsonArray asArray() {
        return this;
    }

    @Override
    void write(TextBuilder out, int indent) {
        out.append('[');
        newLine(out, inner(indent));
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                separator(out, inner(indent));
            }
            values.get(i).write(out, inner(indent));
        }
        newLine(out, indent);
        out.append(']');
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JsonArray array && values.equals(array.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    static JsonValue requireValue(JsonValue value) {
        if (value == null) {
            throw new NullPointerException("value is null");
        }
        return value;
    }
}
