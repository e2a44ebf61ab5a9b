package io.herald.api.content;

import io.herald.api.web.ApiException;

/**
 * Control characters are refused in stored text: they are invisible to the admin who reviews an item, and labels
 * are stored joined by one (U+001F, see V2__content.sql). Multi-line text may hold line breaks and tabs.
 */
final class TextRules {
    private TextRules() {
    }

    static String singleLine(String field, String value) {
        return check(field, value, false);
    }

    static String multiLine(String field, String value) {
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
