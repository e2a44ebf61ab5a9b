package io.herald.common.json;

import io.herald.common.text.TextBuilder;

/**
 * A JSON value: an object, an array, a string, a number, {@code true}, {@code false} or {@code null}. The {@code as}
 * methods throw {@link UnsupportedOperationException} for a value of another kind.
 */
public abstract class JsonValue {

    JsonValue() {
    }

    public boolean isObject() {
        return false;
    }

    public boolean isArray() {
        return false;
    }

    public boolean isNumber() {
        return false;
    }

    public boolean isString() {
        return false;
    }

    public boolean isBoolean() {
        return false;
    }

    public boolean isNull() {
        return false;
    }

    public JsonObject asObject() {
        throw new UnsupportedOperationException("Not an object: " + this);
    }

    public JsonArray asArray() {
        throw new UnsupportedOperationException("Not an array: " + this);
    }

    /** A number's value; {@link NumberFormatException} when it is not a Java {@code int}. */
    public int asInt() {
        throw new UnsupportedOperationException("Not a number: " + this);
    }

    /** A number's value; {@link NumberFormatException} when it is not a Java {@code long}. */
    public long asLong() {
        throw new UnsupportedOperationException("Not a number: " + this);
    }

    public double asDouble() {
        throw new UnsupportedOperationException("Not a number: " + this);
    }

    public String asString() {
        throw new UnsupportedOperationException("Not a string: " + this);
    }

    public boolean asBoolean() {
        throw new UnsupportedOperationException("Not a boolean: " + this);
    }

    /** The value as JSON text without any space. */
    @Override
    public String toString() {
        TextBuilder out = TextBuilder.create(64);
        write(out, -1);
        return out.build();
    }

    /** The value as JSON text, each member and element on a line of its own, indented by two spaces a level. */
    public String toPrettyString() {
        TextBuilder out = TextBuilder.create(256);
        write(out, 0);
        return out.build();
    }

    /** Writes the value at {@code indent} levels in, or without any space when {@code indent} is negative. */
    abstract void write(TextBuilder out, int indent);

    /**
     * In pretty text, a line break and the indent of {@code indent} levels; nothing in text without space. An empty
     * object or array gets an empty line of its own ({@code "[\n    \n  ]"}), as minimal-json wrote it: stored rule
     * sets have that canonical form.
     */
    static void newLine(TextBuilder out, int indent) {
        if (indent >= 0) {
            out.append('\n');
            for (int i = 0; i < indent; i++) {
                out.append("  ");
            }
        }
    }

    /** The comma between members or elements, and the line break after it in pretty text. */
    static void separator(TextBuilder out, int indent) {
        out.append(',');
        newLine(out, indent);
    }

    static int inner(int indent) {
        return indent < 0 ? indent : indent + 1;
    }
}
