package io.herald.extension.message;

import io.herald.common.json.Json;
import io.herald.common.json.JsonArray;
import io.herald.common.json.JsonObject;
import io.herald.common.json.JsonValue;
import io.herald.common.json.ParseException;

/**
 * A message or an answer: a JSON object, read with typed accessors that tolerate missing fields. A request carries
 * its {@link Kind}; an answer carries {@code error} when it failed.
 */
public final class Message {

    private final JsonObject json;
    /** The JSON text of an answer made elsewhere (the engine's result), passed on without being parsed. */
    private final String verbatim;

    private Message(JsonObject json) {
        this.json = json;
        this.verbatim = null;
    }

    private Message(String verbatim) {
        this.json = null;
        this.verbatim = verbatim;
    }

    /**
     * An answer whose JSON object text is already written, such as the engine's lint result: it is sent as it is, not
     * read and written again on every keystroke. Only for sending; its fields cannot be read here.
     */
    public static Message verbatim(String jsonObjectText) {
        return new Message(jsonObjectText);
    }

    public static Message of(Kind kind) {
        return new Message(new JsonObject().add("kind", kind.id()));
    }

    /** An empty answer. */
    public static Message answer() {
        return new Message(new JsonObject());
    }

    /** An answer that says what went wrong, in words for the person using the extension. */
    public static Message error(String sentence) {
        return new Message(new JsonObject().add("error", sentence));
    }

    /** Reads a message; anything that is not a JSON object is a {@link MessageException}. */
    public static Message parse(String text) {
        if (text == null) {
            throw new MessageException("no message");
        }
        try {
            JsonValue value = Json.parse(text);
            if (!value.isObject()) {
                throw new MessageException("a message is a JSON object");
            }
            return new Message(value.asObject());
        } catch (ParseException e) {
            throw new MessageException("a message is a JSON object: " + e.getMessage());
        }
    }

    /** Wraps a JSON object, such as one read from the API. */
    public static Message wrap(JsonObject json) {
        return new Message(json);
    }

    /** The kind, or null when the message names none this version knows. */
    public Kind kind() {
        return Kind.fromId(text("kind"));
    }

    public boolean failed() {
        return json.get("error") != null;
    }

    /** The error sentence, or "". */
    public String error() {
        return text("error");
    }

    public Message with(String name, String value) {
        json.set(name, value == null ? Json.NULL : Json.value(value));
        return this;
    }

    public Message with(String name, boolean value) {
        json.set(name, value);
        return this;
    }

    public Message with(String name, double value) {
        json.set(name, value);
        return this;
    }

    public Message with(String name, JsonValue value) {
        json.set(name, value == null ? Json.NULL : value);
        return this;
    }

    /** A string field, or "" when it is missing or not a string. */
    public String text(String name) {
        JsonValue value = json.get(name);
        return value != null && value.isString() ? value.asString() : "";
    }

    /** A string field, or null when it is missing, null or not a string. */
    public String optionalText(String name) {
        JsonValue value = json.get(name);
        return value != null && value.isString() ? value.asString() : null;
    }

    public boolean flag(String name) {
        JsonValue value = json.get(name);
        return value != null && value.isBoolean() && value.asBoolean();
    }

    public double number(String name, double absent) {
        JsonValue value = json.get(name);
        return value != null && value.isNumber() ? value.asDouble() : absent;
    }

    /** An object field, or an empty object. */
    public JsonObject object(String name) {
        JsonValue value = json.get(name);
        return value != null && value.isObject() ? value.asObject() : new JsonObject();
    }

    /** An array field, or an empty array. */
    public JsonArray array(String name) {
        JsonValue value = json.get(name);
        return value != null && value.isArray() ? value.asArray() : new JsonArray();
    }

    public JsonObject json() {
        return json;
    }

    public String toJson() {
        return verbatim != null ? verbatim : json.toString();
    }

    @Override
    public String toString() {
        return toJson();
    }
}
