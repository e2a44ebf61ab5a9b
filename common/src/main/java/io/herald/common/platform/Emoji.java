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

    /**
     * Code points with the Emoji property, as inclusive ranges. Held here as well, so the lookups read a field of this
     * class (TeaVM checks that a class is initialised before each first use in a method of another class).
     */
    private static final int[] EMOJI_RANGES = EmojiData.RANGES;

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
