package io.herald.common.json;

import io.herald.common.text.JsonText;
import io.herald.common.text.TextBuilder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

/**
 * A JSON object: members in the order they were added. A name may occur more than once (as read, or through
 * {@link #add}); {@link #get} and {@link #set} take the last member of that name.
 */
public final class JsonObject extends JsonValue implements Iterable<JsonObject.Member> {

    private final List<String> names = new ArrayList<>();
    private final List<JsonValue> values = new ArrayList<>();

    /** One name and its value. */
    public record Member(String name, JsonValue value) {

        public String getName() {
            return name;
        }

        public JsonValue getValue() {
            return value;
        }
    }

    public JsonObject add(String name, int value) {
        return add(name, Json.value(value));
    }

    public JsonObject add(String name, long value) {
        return add(name, Json.value(value));
    }

    public JsonObject add(String name, double value) {
        return add(name, Json.value(value));
    }

    public JsonObject add(String name, boolean value) {
        return add(name, Json.value(value));
    }

    /** Adds the string, or {@code null} for a null reference. */
    public JsonObject add(String name, String value) {
        return add(name, Json.value(value));
    }

    /** Adds a member at the end, even when one of that name is there already. */
    public JsonObject add(String name, JsonValue value) {
        names.add(requireName(name));
        values.add(JsonArray.requireValue(value));
        return this;
    }

    public JsonObject set(String name, int value) {
        return set(name, Json.value(value));
    }

    public JsonObject set(String name, long value) {
        return set(name, Json.value(value));
    }

    public JsonObject set(String name, double value) {
        return set(name, Json.value(value));
    }

    public JsonObject set(String name, boolean value) {
        return set(name, Json.value(value));
    }

    public JsonObject set(String name, String value) {
        return set(name, Json.value(value));
    }

    /** Replaces the value of the last member of that name, or adds a member when there is none. */
    public JsonObject set(String name, JsonValue value) {
        int index = names.lastIndexOf(requireName(name));
        if (index < 0) {
            return add(name, value);
        }
        values.set(index, JsonArray.requireValue(value));
        return this;
    }

    /** Removes the last member of that name, if there is one. */
    public JsonObject remove(String name) {
        int index = names.lastIndexOf(requireName(name));
        if (index >= 0) {
            names.remove(index);
            values.remove(index);
        }
        return this;
    }

    /** The value of the last member of that name, or null when there is none. */
    public JsonValue get(String name) {
        int index = names.lastIndexOf(requireName(name));
        return index < 0 ? null : values.get(index);
    }

    public int getInt(String name, int defaultValue) {
        JsonValue value = get(name);
        return value == null ? defaultValue : value.asInt();
    }

    public long getLong(String name, long defaultValue) {
        JsonValue value = get(name);
        return value == null ? defaultValue : value.asLong();
    }

    public double getDouble(String name, double defaultValue) {
        JsonValue value = get(name);
        return value == null ? defaultValue : value.asDouble();
    }

    public boolean getBoolean(String name, boolean defaultValue) {
        JsonValue value = get(name);
        return value == null ? defaultValue : value.asBoolean();
    }

    /** The member's string, or the default when there is no such member; a member of another kind throws. */
    public String getString(String name, String defaultValue) {
        JsonValue value = get(name);
        return value == null ? defaultValue : value.asString();
    }

    public int size() {
        return names.size();
    }

    public boolean isEmpty() {
        return names.isEmpty();
    }

    /** The names in order, as a list that cannot be changed. */
    public List<String> names() {
        return Collections.unmodifiableList(names);
    }

    @Override
    public Iterator<Member> iterator() {
        List<Member> members = new ArrayList<>(names.size());
        for (int i = 0; i < names.size(); i++) {
            members.add(new Member(names.get(i), values.get(i)));
        }
        return members.iterator();
    }

    @Override
    public boolean isObject() {
        return true;
    }

    @Override
    public JsonObject asObject() {
        return this;
    }

    @Override
    void write(TextBuilder out, int indent) {
        out.append('{');
        newLine(out, inner(indent));
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                separator(out, inner(indent));
            }
            out.append('"');
            JsonText.content(out, names.get(i));
            out.append(indent < 0 ? "\":" : "\": ");
            values.get(i).write(out, inner(indent));
        }
        newLine(out, indent);
        out.append('}');
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JsonObject object && names.equals(object.names) && values.equals(object.values);
    }

    @Override
    public int hashCode() {
        return 31 * names.hashCode() + values.hashCode();
    }

    private static String requireName(String name) {
        if (name == null) {
            throw new NullPointerException("name is null");
        }
        return name;
    }
}
