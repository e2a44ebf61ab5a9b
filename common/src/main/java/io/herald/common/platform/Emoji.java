package io.herald.common.platform;

/**
 * Finds emoji sequences the way X counts them: each sequence weighs as one character of the default weight, however
 * many code points it is made of (a family of four, a flag, a person with a skin tone, a keycap).
 *
 * <p>twitter-text matches emoji with a generated regular expression listing every sequence of Unicode 12. This follows
 * the grammar of those sequences instead (UTS #51: an emoji, then a variation selector, a skin tone or tags, joined by
 * zero-width joiners), which matches the same sequences, also the ones Unicode added since, without a large regular
 * expression. The choices that change a count are twitter-text's: a digit, # or * is an emoji only as a keycap, ©
 * and ® only when followed by the emoji variation selector, and any emoji followed by the text variation selector is
 * not one. Where the two differ (a pair of regional indicators that is no country, a joined sequence Unicode does not
 * list) X would count each part; those do not appear in real posts.
 */
public final class Emoji {

    private static final int ZERO_WIDTH_JOINER = 0x200D;
    private static final int TEXT_PRESENTATION = 0xFE0E;
    private static final int EMOJI_PRESENTATION = 0xFE0F;
    private static final int KEYCAP = 0x20E3;
    private static final int BLACK_FLAG = 0x1F3F4;
    private static final int TAG_FIRST = 0xE0020;
    private static final int TAG_LAST = 0xE007E;
    private static final int CANCEL_TAG = 0xE007F;
    /** The first code point above U+00AE with the Emoji property (‼); below it, only keycaps, © and ® start one. */
    private static final int FIRST_EMOJI_ABOVE_LATIN_1 = 0x203C;

    /** Code points with the Unicode 16 Emoji property, as inclusive ranges, from JDK 25's Character.isEmoji. */
    private static final int[] EMOJI_RANGES = {
            0x23, 0x23, 0x2A, 0x2A, 0x30, 0x39, 0xA9, 0xA9, 0xAE, 0xAE, 0x203C, 0x203C,
            0x2049, 0x2049, 0x2122, 0x2122, 0x2139, 0x2139, 0x2194, 0x2199, 0x21A9, 0x21AA, 0x231A, 0x231B,
            0x2328, 0x2328, 0x23CF, 0x23CF, 0x23E9, 0x23F3, 0x23F8, 0x23FA, 0x24C2, 0x24C2, 0x25AA, 0x25AB,
            0x25B6, 0x25B6, 0x25C0, 0x25C0, 0x25FB, 0x25FE, 0x2600, 0x2604, 0x260E, 0x260E, 0x2611, 0x2611,
            0x2614, 0x2615, 0x2618, 0x2618, 0x261D, 0x261D, 0x2620, 0x2620, 0x2622, 0x2623, 0x2626, 0x2626,
            0x262A, 0x262A, 0x262E, 0x262F, 0x2638, 0x263A, 0x2640, 0x2640, 0x2642, 0x2642, 0x2648, 0x2653,
            0x265F, 0x2660, 0x2663, 0x2663, 0x2665, 0x2666, 0x2668, 0x2668, 0x267B, 0x267B, 0x267E, 0x267F,
            0x2692, 0x2697, 0x2699, 0x2699, 0x269B, 0x269C, 0x26A0, 0x26A1, 0x26A7, 0x26A7, 0x26AA, 0x26AB,
            0x26B0, 0x26B1, 0x26BD, 0x26BE, 0x26C4, 0x26C5, 0x26C8, 0x26C8, 0x26CE, 0x26CF, 0x26D1, 0x26D1,
            0x26D3, 0x26D4, 0x26E9, 0x26EA, 0x26F0, 0x26F5, 0x26F7, 0x26FA, 0x26FD, 0x26FD, 0x2702, 0x2702,
            0x2705, 0x2705, 0x2708, 0x270D, 0x270F, 0x270F, 0x2712, 0x2712, 0x2714, 0x2714, 0x2716, 0x2716,
            0x271D, 0x271D, 0x2721, 0x2721, 0x2728, 0x2728, 0x2733, 0x2734, 0x2744, 0x2744, 0x2747, 0x2747,
            0x274C, 0x274C, 0x274E, 0x274E, 0x2753, 0x2755, 0x2757, 0x2757, 0x2763, 0x2764, 0x2795, 0x2797,
            0x27A1, 0x27A1, 0x27B0, 0x27B0, 0x27BF, 0x27BF, 0x2934, 0x2935, 0x2B05, 0x2B07, 0x2B1B, 0x2B1C,
            0x2B50, 0x2B50, 0x2B55, 0x2B55, 0x3030, 0x3030, 0x303D, 0x303D, 0x3297, 0x3297, 0x3299, 0x3299,
            0x1F004, 0x1F004, 0x1F0CF, 0x1F0CF, 0x1F170, 0x1F171, 0x1F17E, 0x1F17F, 0x1F18E, 0x1F18E, 0x1F191, 0x1F19A,
            0x1F1E6, 0x1F1FF, 0x1F201, 0x1F202, 0x1F21A, 0x1F21A, 0x1F22F, 0x1F22F, 0x1F232, 0x1F23A, 0x1F250, 0x1F251,
            0x1F300, 0x1F321, 0x1F324, 0x1F393, 0x1F396, 0x1F397, 0x1F399, 0x1F39B, 0x1F39E, 0x1F3F0, 0x1F3F3, 0x1F3F5,
            0x1F3F7, 0x1F4FD, 0x1F4FF, 0x1F53D, 0x1F549, 0x1F54E, 0x1F550, 0x1F567, 0x1F56F, 0x1F570, 0x1F573, 0x1F57A,
            0x1F587, 0x1F587, 0x1F58A, 0x1F58D, 0x1F590, 0x1F590, 0x1F595, 0x1F596, 0x1F5A4, 0x1F5A5, 0x1F5A8, 0x1F5A8,
            0x1F5B1, 0x1F5B2, 0x1F5BC, 0x1F5BC, 0x1F5C2, 0x1F5C4, 0x1F5D1, 0x1F5D3, 0x1F5DC, 0x1F5DE, 0x1F5E1, 0x1F5E1,
            0x1F5E3, 0x1F5E3, 0x1F5E8, 0x1F5E8, 0x1F5EF, 0x1F5EF, 0x1F5F3, 0x1F5F3, 0x1F5FA, 0x1F64F, 0x1F680, 0x1F6C5,
            0x1F6CB, 0x1F6D2, 0x1F6D5, 0x1F6D7, 0x1F6DC, 0x1F6E5, 0x1F6E9, 0x1F6E9, 0x1F6EB, 0x1F6EC, 0x1F6F0, 0x1F6F0,
            0x1F6F3, 0x1F6FC, 0x1F7E0, 0x1F7EB, 0x1F7F0, 0x1F7F0, 0x1F90C, 0x1F93A, 0x1F93C, 0x1F945, 0x1F947, 0x1F9FF,
            0x1FA70, 0x1FA7C, 0x1FA80, 0x1FA89, 0x1FA8F, 0x1FAC6, 0x1FACE, 0x1FADC, 0x1FADF, 0x1FAE9, 0x1FAF0, 0x1FAF8,

    };

    private Emoji() {
    }

    /** The UTF-16 length of the emoji sequence that starts at {@code offset}, or 0 when none starts there. */
    public static int lengthAt(String text, int offset) {
        if (neverStarts(text.charAt(offset))) {
            // Most of a post: no emoji starts with these, and TeaVM makes every further test here a call.
            return 0;
        }
        int codePoint = text.codePointAt(offset);
        if (codePoint == EMOJI_PRESENTATION) {
            // A stray variation selector is matched on its own by twitter-text, so it weighs as one emoji.
            return 1;
        }
        if (codePoint == '#' || codePoint == '*' || codePoint >= '0' && codePoint <= '9') {
            int next = offset + 1;
            if (codePointAt(text, next) == EMOJI_PRESENTATION) {
                next++;
            }
            return codePointAt(text, next) == KEYCAP ? next + 1 - offset : 0;
        }
        int end = elementEnd(text, offset);
        if (end < 0) {
            return 0;
        }
        while (codePointAt(text, end) == ZERO_WIDTH_JOINER) {
            int joined = elementEnd(text, end + 1);
            if (joined < 0) {
                break;
            }
            end = joined;
        }
        return end - offset;
    }

    /** The end of one emoji with its modifiers starting at {@code offset}, or -1 when no emoji starts there. */
    private static int elementEnd(String text, int offset) {
        if (offset >= text.length()) {
            return -1;
        }
        int codePoint = text.codePointAt(offset);
        int end = offset + Character.charCount(codePoint);
        int next = codePointAt(text, end);
        if (isRegionalIndicator(codePoint)) {
            return isRegionalIndicator(next) ? end + 2 : end;
        }
        if (codePoint < 0x100) {
            // © and ® read as text unless the author asked for the emoji.
            boolean emoji = (codePoint == 0xA9 || codePoint == 0xAE) && next == EMOJI_PRESENTATION;
            return emoji ? end + 1 : -1;
        }
        if (!isEmoji(codePoint) || next == TEXT_PRESENTATION) {
            return -1;
        }
        if (next == EMOJI_PRESENTATION) {
            end++;
            if (codePointAt(text, end) == KEYCAP) {
                end++;
            }
        } else if (isSkinTone(next)) {
            end += 2;
        } else if (codePoint == BLACK_FLAG && next >= TAG_FIRST && next <= TAG_LAST) {
            int tag = end;
            while (codePointAt(text, tag) >= TAG_FIRST && codePointAt(text, tag) <= TAG_LAST) {
                tag += 2;
            }
            if (codePointAt(text, tag) == CANCEL_TAG) {
                end = tag + 2;
            }
        }
        return end;
    }

    /**
     * Whether no emoji sequence starts with this UTF-16 unit: below U+203C, all but the keycap starters (digits,
     * {@code #}, {@code *}) and the signs © and ®. A scan can step over such units without asking {@link #lengthAt}.
     */
    public static boolean neverStarts(char unit) {
        return unit < FIRST_EMOJI_ABOVE_LATIN_1 && unit != '#' && unit != '*' && (unit < '0' || unit > '9')
                && unit != 0xA9 && unit != 0xAE;
    }

    static boolean isEmoji(int codePoint) {
        int low = 0;
        int high = EMOJI_RANGES.length / 2 - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (codePoint < EMOJI_RANGES[2 * middle]) {
                high = middle - 1;
            } else if (codePoint > EMOJI_RANGES[2 * middle + 1]) {
                low = middle + 1;
            } else {
                return true;
            }
        }
        return false;
    }

    private static boolean isRegionalIndicator(int codePoint) {
        return codePoint >= 0x1F1E6 && codePoint <= 0x1F1FF;
    }

    private static boolean isSkinTone(int codePoint) {
        return codePoint >= 0x1F3FB && codePoint <= 0x1F3FF;
    }

    private static int codePointAt(String text, int offset) {
        return offset < text.length() ? text.codePointAt(offset) : -1;
    }
}
