package io.herald.common.lint;

import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonArray;
import com.eclipsesource.json.JsonObject;
import com.eclipsesource.json.JsonValue;
import io.herald.common.text.TextBuilder;
import java.util.Optional;

/**
 * Reads the JSON that lint requests are made of (objects, arrays, strings and null) into the very values minimal-json
 * gives, taking each string without escapes out of the text with {@code substring}. minimal-json copies every
 * character through a reader and a buffer, which under TeaVM was a fifth of a lint's fixed cost in the browser.
 *
 * <p>Anything else (numbers, booleans, deep nesting, and every syntax error) gives empty: the caller then parses
 * with minimal-json, which gives the same values or its own error message. Whatever is read here is valid JSON to
 * minimal-json too, and is read to the same values: members in order, duplicates kept as minimal-json keeps them.
 */
public final class QuickJson {

    private static final int MAX_DEPTH = 8;

    private final String text;
    private int pos;
    private boolean failed;

    private QuickJson(String text) {
        this.text = text;
    }

    public static Optional<JsonValue> parse(String text) {
        QuickJson reader = new QuickJson(text);
        reader.skipSpace();
        JsonValue value = reader.value(0);
        reader.skipSpace();
        return reader.failed || reader.pos != text.length() ? Optional.empty() : Optional.of(value);
    }

    private JsonValue value(int depth) {
        if (failed || pos >= text.length() || depth > MAX_DEPTH) {
            return fail();
        }
        char c = text.charAt(pos);
        if (c == '"') {
            return Json.value(string());
        }
        if (c == '{') {
            return object(depth);
        }
        if (c == '[') {
            return array(depth);
        }
        if (text.startsWith("null", pos)) {
            pos += 4;
            return Json.NULL;
        }
        return fail();
    }

    private JsonValue object(int depth) {
        JsonObject object = new JsonObject();
        pos++;
        skipSpace();
        if (!next('}')) {
            while (!failed) {
                if (pos >= text.length() || text.charAt(pos) != '"') {
                    return fail();
                }
                String name = string();
                skipSpace();
                if (!next(':')) {
                    return fail();
                }
                skipSpace();
                object.add(name, value(depth + 1));
                skipSpace();
                if (next('}')) {
                    break;
                }
                if (!next(',')) {
                    return fail();
                }
                skipSpace();
            }
        }
        return object;
    }

    private JsonValue array(int depth) {
        JsonArray array = new JsonArray();
        pos++;
        skipSpace();
        if (!next(']')) {
            while (!failed) {
                array.add(value(depth + 1));
                skipSpace();
                if (next(']')) {
                    break;
                }
                if (!next(',')) {
                    return fail();
                }
                skipSpace();
            }
        }
        return array;
    }

    /** The string starting at the quote at {@code pos}; its escapes decoded as minimal-json decodes them. */
    private String string() {
        int start = ++pos;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '"') {
                return text.substring(start, pos++);
            }
            if (c == '\\') {
                return escapedString(start);
            }
            if (c < 0x20) {
                break;
            }
            pos++;
        }
        fail();
        return "";
    }

    private String escapedString(int start) {
        TextBuilder out = TextBuilder.create(text.length() - start);
        int plainFrom = start;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '"') {
                return out.append(text, plainFrom, pos++).build();
            }
            if (c < 0x20) {
                break;
            }
            if (c == '\\') {
                out.append(text, plainFrom, pos++);
                if (!escape(out)) {
                    break;
                }
                plainFrom = pos;
            } else {
                pos++;
            }
        }
        fail();
        return "";
    }

    /** Appends the character the escape after a backslash stands for; false when it is no valid escape. */
    private boolean escape(TextBuilder out) {
        if (pos >= text.length()) {
            return false;
        }
        char c = text.charAt(pos++);
        switch (c) {
            case '"', '/', '\\' -> out.append(c);
            case 'b' -> out.append('\b');
            case 'f' -> out.append('\f');
            case 'n' -> out.append('\n');
            case 'r' -> out.append('\r');
            case 't' -> out.append('\t');
            case 'u' -> {
                if (pos + 4 > text.length()) {
                    return false;
                }
                int value = 0;
                for (int i = 0; i < 4; i++) {
                    int digit = hexDigit(text.charAt(pos++));
                    if (digit < 0) {
                        return false;
                    }
                    value = value * 16 + digit;
                }
                out.append((char) value);
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    /** An ASCII hexadecimal digit's value, or -1: minimal-json takes no other digits. */
    private static int hexDigit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        return c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    }

    private boolean next(char c) {
        if (pos < text.length() && text.charAt(pos) == c) {
            pos++;
            return true;
        }
        return false;
    }

    private void skipSpace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    private JsonValue fail() {
        failed = true;
        return Json.NULL;
    }
}
