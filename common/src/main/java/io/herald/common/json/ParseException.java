package io.herald.common.json;

/** A text that is not JSON: the message says what was expected and where ({@code line:column}, from 1). */
public final class ParseException extends RuntimeException {

    private final int offset;

    ParseException(String message, String text, int offset) {
        super(message + " at " + position(text, offset));
        this.offset = offset;
    }

    /** Where in the text the reader stopped, in UTF-16 units from 0. */
    public int offset() {
        return offset;
    }

    private static String position(String text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return line + ":" + (offset - lineStart + 1);
    }
}
