package io.herald.extension.i18n;

import io.herald.common.json.JsonObject;
import io.herald.common.json.JsonValue;
import java.util.Locale;

/**
 * One language's {@code messages.json}, read the way {@code chrome.i18n.getMessage} reads it: a message's
 * {@code $NAME$} placeholders are replaced by their {@code content}, in which {@code $1}…{@code $9} are the
 * substitutions, and {@code $$} is a dollar sign. Plain Java, so it is tested on the JVM against the locale files.
 */
public final class Catalog {

    private final JsonObject messages;

    public Catalog(JsonObject messages) {
        this.messages = messages;
    }

    /** The message {@code name} with its placeholders filled, or "" when the catalog has no such message. */
    public String message(String name, String... substitutions) {
        JsonValue entry = messages.get(name);
        if (entry == null) {
            // chrome.i18n names are case-insensitive.
            for (JsonObject.Member member : messages) {
                if (member.getName().equalsIgnoreCase(name)) {
                    entry = member.getValue();
                    break;
                }
            }
        }
        if (entry == null || !entry.isObject()) {
            return "";
        }
        JsonObject message = entry.asObject();
        JsonValue placeholders = message.get("placeholders");
        return fill(message.getString("message", ""),
                placeholders != null && placeholders.isObject() ? placeholders.asObject() : new JsonObject(),
                substitutions);
    }

    private static String fill(String template, JsonObject placeholders, String[] substitutions) {
        StringBuilder out = new StringBuilder(template.length() + 16);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c != '$' || i + 1 >= template.length()) {
                out.append(c);
                i++;
                continue;
            }
            char next = template.charAt(i + 1);
            if (next == '$') {
                out.append('$');
                i += 2;
            } else if (next >= '1' && next <= '9') {
                out.append(substitution(substitutions, next - '1'));
                i += 2;
            } else {
                int end = template.indexOf('$', i + 1);
                String name = end < 0 ? "" : template.substring(i + 1, end).toLowerCase(Locale.ROOT);
                JsonValue placeholder = name.isEmpty() ? null : placeholder(placeholders, name);
                if (placeholder == null) {
                    out.append(c);
                    i++;
                } else {
                    out.append(fill(placeholder.asObject().getString("content", ""), new JsonObject(),
                            substitutions));
                    i = end + 1;
                }
            }
        }
        return out.toString();
    }

    private static JsonValue placeholder(JsonObject placeholders, String name) {
        for (JsonObject.Member member : placeholders) {
            if (member.getName().toLowerCase(Locale.ROOT).equals(name) && member.getValue().isObject()) {
                return member.getValue();
            }
        }
        return null;
    }

    private static String substitution(String[] substitutions, int index) {
        return index < substitutions.length && substitutions[index] != null ? substitutions[index] : "";
    }
}
