package io.herald.common.json;

import io.herald.common.text.TextBuilder;

/**
 * Reads JSON text as RFC 8259 defines it, and nothing more: no comments, no trailing commas, no leading zeros, no
 * space other than its four characters, no control characters inside strings. Escapes of lone surrogates are read as
 * the lone surrogates they name (RFC 8259 leaves them open). A string without escapes is taken out of the text with
 * {@code substring}, without copying it through a buffer.
 */
final class JsonReader {

    /** Deeper texts are refused rather than risk the stack, which is smaller in a browser than on the JVM. */
    static final int MAX_DEPTH = 512;

    private final String text;
    private int pos;

    private JsonReader(String text) {
        this.text = text;
    }

    static JsonValue read(String text) {
        JsonReader reader = new JsonReader(text);
        reader.skipSpace();
        JsonValue value = reader.value(0);
        reader.skipSpace();
        if (reader.pos < text.length()) {
            throw reader.error("Unexpected character");
        }
        return value;
    }

    private JsonValue value(int depth) {
        if (pos >= text.length()) {
            throw error("Unexpected end of input");
        }
        char c = text.charAt(pos);
        return switch (c) {
            case '"' -> new JsonString(string());
            case '{' -> object(depth + 1);
            case '[' -> array(depth + 1);
            case 'n' -> literal("null", Json.NULL);
            case 't' -> literal("true", Json.TRUE);
            case 'f' -> literal("false", Json.FALSE);
            default -> {
                if (c == '-' || c >= '0' && c <= '9') {
                    yield number();
                }
                throw error("Expected value");
            }
        };
    }

    private JsonObject object(int depth) {
        checkDepth(depth);
        JsonObject object = new JsonObject();
        pos++;
        skipSpace();
        if (next('}')) {
            return object;
        }
        do {
            skipSpace();
            if (pos >= text.length() || text.charAt(pos) != '"') {
                throw expected("name");
            }
            String name = string();
            skipSpace();
            if (!next(':')) {
                throw expected("':'");
            }
            skipSpace();
            object.add(name, value(depth));
            skipSpace();
        } while (next(','));
        if (!next('}')) {
            throw expected("',' or '}'");
        }
        return object;
    }

    private JsonArray array(int depth) {
        checkDepth(depth);
        JsonArray array = new JsonArray();
        pos++;
        skipSpace();
        if (next(']')) {
            return array;
        }
        do {
            skipSpace();
            array.add(value(depth));
            skipSpace();
        } while (next(','));
        if (!next(']')) {
            throw expected("',' or ']'");
        }
        return array;
    }

    private JsonValue literal(String word, JsonValue value) {
        for (int i = 0; i < word.length(); i++, pos++) {
            if (pos >= text.length() || text.charAt(pos) != word.charAt(i)) {
                throw expected("'" + word.charAt(i) + "'");
            }
        }
        return value;
    }

    /** {@code -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?}, kept as its text. */
    private JsonValue number() {
        int start = pos;
        next('-');
        if (!next('0')) {
            digits();
        }
        if (next('.')) {
            digits();
        }
        if (next('e') || next('E')) {
            if (!next('+')) {
                next('-');
            }
            digits();
        }
        return new JsonNumber(text.substring(start, pos));
    }

    /** One digit or more. */
    private void digits() {
        if (!isDigit()) {
            throw expected("digit");
        }
        while (isDigit()) {
            pos++;
        }
    }

    private boolean isDigit() {
        return pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9';
    }

    /** The string starting at the quote at {@code pos}. */
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
                throw expected("valid string character");
            }
            pos++;
        }
        throw error("Unexpected end of input");
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
                throw expected("valid string character");
            }
            if (c == '\\') {
                out.append(text, plainFrom, pos++);
                escape(out);
                plainFrom = pos;
            } else {
                pos++;
            }
        }
        throw error("Unexpected end of input");
    }

    /** Appends the character the escape after a backslash stands for. */
    private void escape(TextBuilder out) {
        char c = pos < text.length() ? text.charAt(pos) : 0;
        switch (c) {
            case '"', '/', '\\' -> out.append(c);
            case 'b' -> out.append('\b');
            case 'f' -> out.append('\f');
            case 'n' -> out.append('\n');
            case 'r' -> out.append('\r');
            case 't' -> out.append('\t');
            case 'u' -> {
                int value = 0;
                for (int i = 0; i < 4; i++) {
                    pos++;
                    int digit = pos < text.length() ? hexDigit(text.charAt(pos)) : -1;
                    if (digit < 0) {
                        throw expected("hexadecimal digit");
                    }
                    value = value * 16 + digit;
                }
                out.append((char) value);
            }
            default -> throw expected("valid escape sequence");
        }
        pos++;
    }

    /** An ASCII hexadecimal digit's value, or -1. */
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

    private void checkDepth(int depth) {
        if (depth > MAX_DEPTH) {
            throw error("Nesting too deep");
        }
    }

    private ParseException expected(String what) {
        return pos >= text.length() ? error("Unexpected end of input") : error("Expected " + what);
    }

    private ParseException error(String message) {
        return new ParseException(message, text, pos);
    }
}
