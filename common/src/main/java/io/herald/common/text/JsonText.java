package io.herald.common.text;


/**
 * JSON strings written into a {@link TextBuilder}, for {@code io.herald.common.json} and the engine's hand-written
 * results alike, in the format those results have always had (minimal-json's, which the project used before): strings
 * escape the quote, the backslash, the C0 controls (as backslash
 * and n, r or t, or as a backslash-u escape of four lower-case hex digits) and U+2028/U+2029, and leave everything
 * else as it is.
 */
public final class JsonText {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private JsonText() {
    }

    /** The string's characters, escaped, without the quotes around them. */
    public static void content(TextBuilder out, String text) {
        int plainFrom = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > '\\' ? c != '\u2028' && c != '\u2029' : c != '\\' && c != '"' && c > 0x1F) {
                continue;
            }
            out.append(text, plainFrom, i);
            plainFrom = i + 1;
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append("\\u").append(HEX[c >> 12 & 0xF]).append(HEX[c >> 8 & 0xF])
                        .append(HEX[c >> 4 & 0xF]).append(HEX[c & 0xF]);
            }
        }
        if (plainFrom == 0) {
            out.append(text);
        } else {
            out.append(text, plainFrom, text.length());
        }
    }
}
