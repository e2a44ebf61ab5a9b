package io.herald.api.web;

/**
 * Control characters (NUL, ESC, ...) are refused in stored text: they are invisible to the admin who reviews an item
 * or a list of names, they can drive a terminal that shows a log or an export, and content labels are stored joined by
 * one (U+001F, see V2__content.sql). Multi-line text may hold line breaks and tabs.
 */
public final class TextRules {
    private TextRules() {
    }

    public static String singleLine(String field, String value) {
        return check(field, value, false);
    }

    public static String multiLine(String field, String value) {
        return check(field, value, true);
    }

    private static String check(String field, String value, boolean lineBreaks) {
        if (value == null) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean allowed = lineBreaks && (c == '\n' || c == '\r' || c == '\t');
            if (Character.isISOControl(c) && !allowed) {
                throw ApiException.invalidField(field, "must not contain control characters (U+"
                                                       + String.format("%04X", (int) c) + " at position " + i + ").");
            }
        }
        return value;
    }
}
