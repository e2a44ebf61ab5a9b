package io.herald.common.lint.match;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds emoji in a text as a reader sees them: a sequence joined by zero-width joiners (👩‍💻), a base with a skin
 * tone or presentation selector (👍🏽), a flag (two regional indicators), a keycap (1️⃣) and subdivision tags each
 * count as one emoji. The ranges cover the pictographic blocks of Unicode 15; symbols that are mostly text (©, ®,
 * ™, ‼) count only when followed by the emoji presentation selector U+FE0F.
 */
public final class Emoji {

    private static final int ZWJ = 0x200D;
    private static final int EMOJI_PRESENTATION = 0xFE0F;
    private static final int TEXT_PRESENTATION = 0xFE0E;
    private static final int KEYCAP = 0x20E3;

    private Emoji() {
    }

    public static List<Span> spans(String text) {
        List<Span> spans = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int end = emojiEnd(text, i);
            if (end > i) {
                spans.add(new Span(i, end));
                i = end;
            } else {
                i += Character.charCount(text.codePointAt(i));
            }
        }
        return spans;
    }

    /** The end of the emoji starting at {@code i}, or {@code i} if none starts there. */
    private static int emojiEnd(String text, int i) {
        int cp = text.codePointAt(i);
        int next = i + Character.charCount(cp);
        if (isKeycapBase(cp)) {
            int j = skip(text, next, EMOJI_PRESENTATION);
            return j < text.length() && text.charAt(j) == KEYCAP ? j + 1 : i;
        }
        if (isRegionalIndicator(cp)) {
            if (next < text.length() && isRegionalIndicator(text.codePointAt(next))) {
                return next + 2;
            }
            return next;
        }
        boolean textDefault = isTextDefault(cp);
        if (!textDefault && !isPictographic(cp)) {
            return i;
        }
        if (textDefault && !(next < text.length() && text.charAt(next) == EMOJI_PRESENTATION)) {
            return i;
        }
        int end = modifiers(text, next);
        while (end < text.length() && text.charAt(end) == ZWJ && end + 1 < text.length()) {
            int joined = text.codePointAt(end + 1);
            if (!isPictographic(joined)) {
                break;
            }
            end = modifiers(text, end + 1 + Character.charCount(joined));
        }
        return end;
    }

    /** Skips presentation selectors, a skin tone and tag characters after a base. */
    private static int modifiers(String text, int j) {
        while (j < text.length()) {
            int cp = text.codePointAt(j);
            if (cp == EMOJI_PRESENTATION || cp == TEXT_PRESENTATION || (cp >= 0x1F3FB && cp <= 0x1F3FF)
                    || (cp >= 0xE0020 && cp <= 0xE007F)) {
                j += Character.charCount(cp);
            } else {
                break;
            }
        }
        return j;
    }

    private static int skip(String text, int j, int optional) {
        return j < text.length() && text.charAt(j) == optional ? j + 1 : j;
    }

    private static boolean isKeycapBase(int cp) {
        return (cp >= '0' && cp <= '9') || cp == '#' || cp == '*';
    }

    private static boolean isRegionalIndicator(int cp) {
        return cp >= 0x1F1E6 && cp <= 0x1F1FF;
    }

    private static boolean isTextDefault(int cp) {
        return cp == 0x00A9 || cp == 0x00AE || cp == 0x203C || cp == 0x2049 || cp == 0x2122 || cp == 0x2139
                || (cp >= 0x2194 && cp <= 0x21AA) || cp == 0x24C2 || (cp >= 0x25AA && cp <= 0x25FE);
    }

    private static boolean isPictographic(int cp) {
        return (cp >= 0x1F000 && cp <= 0x1FAFF && !isRegionalIndicator(cp) && !(cp >= 0x1F3FB && cp <= 0x1F3FF))
                || (cp >= 0x2600 && cp <= 0x27BF)
                || cp == 0x231A || cp == 0x231B || cp == 0x2328 || cp == 0x23CF
                || (cp >= 0x23E9 && cp <= 0x23FA)
                || (cp >= 0x2B05 && cp <= 0x2B07) || cp == 0x2B1B || cp == 0x2B1C || cp == 0x2B50 || cp == 0x2B55
                || cp == 0x2934 || cp == 0x2935 || cp == 0x3030 || cp == 0x303D || cp == 0x3297 || cp == 0x3299;
    }
}
