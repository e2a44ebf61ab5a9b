package io.herald.common.text;

/**
 * Case and diacritics folding, so that a rule, a caption or a search matches however the author typed a word:
 * "Äänestä", "aanesta" and "ÄÄNESTÄ" fold alike, as do Polish "Łódź" and "lodz" and Norwegian "Ørsta" and "orsta".
 *
 * <p>Folding is deliberately lossy and language-blind: it is used to compare, never to display. Letters are
 * lower-cased, diacritics removed (also when typed as separate combining marks), ligatures and ß spelled out, and
 * full-width Latin letters and digits mapped to ASCII. Scripts without a table are lower-cased only in the Basic
 * Multilingual Plane, because TeaVM's {@code Character.toLowerCase} is only right there and both runtimes must agree.
 */
public final class Fold {

    private Fold() {
    }

    /** The folded form of a whole text; its length may differ from the input's (ß becomes ss). */
    public static String of(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            append(out, codePoint);
            i += Character.charCount(codePoint);
        }
        return out.toString();
    }

    /** Appends the fold of one code point: nothing for a combining diacritic, one or a few letters otherwise. */
    public static void append(StringBuilder out, int codePoint) {
        if (codePoint < 0x80) {
            out.append(codePoint >= 'A' && codePoint <= 'Z' ? (char) (codePoint + ('a' - 'A')) : (char) codePoint);
        } else if (isDiacriticMark(codePoint)) {
            return;
        } else if (codePoint < FoldTable.LATIN_START) {
            out.append((char) codePoint);
        } else if (codePoint < FoldTable.LATIN_START + FoldTable.LATIN.length()) {
            appendFromTable(out, codePoint, FoldTable.LATIN, FoldTable.LATIN_START);
        } else if (inTable(codePoint, FoldTable.GREEK_START, FoldTable.GREEK)) {
            appendFromTable(out, codePoint, FoldTable.GREEK, FoldTable.GREEK_START);
        } else if (inTable(codePoint, FoldTable.CYRILLIC_START, FoldTable.CYRILLIC)) {
            appendFromTable(out, codePoint, FoldTable.CYRILLIC, FoldTable.CYRILLIC_START);
        } else if (inTable(codePoint, FoldTable.LATIN_ADDITIONAL_START, FoldTable.LATIN_ADDITIONAL)) {
            appendFromTable(out, codePoint, FoldTable.LATIN_ADDITIONAL, FoldTable.LATIN_ADDITIONAL_START);
        } else if (inTable(codePoint, FoldTable.GREEK_EXTENDED_START, FoldTable.GREEK_EXTENDED)) {
            appendFromTable(out, codePoint, FoldTable.GREEK_EXTENDED, FoldTable.GREEK_EXTENDED_START);
        } else if (codePoint >= 0xFB00 && codePoint <= 0xFB06) {
            out.append(LIGATURES[codePoint - 0xFB00]);
        } else if (codePoint >= 0xFF21 && codePoint <= 0xFF3A) {
            out.append((char) ('a' + codePoint - 0xFF21));
        } else if (codePoint >= 0xFF41 && codePoint <= 0xFF5A) {
            out.append((char) ('a' + codePoint - 0xFF41));
        } else if (codePoint >= 0xFF10 && codePoint <= 0xFF19) {
            out.append((char) ('0' + codePoint - 0xFF10));
        } else if (codePoint < 0x10000) {
            out.append((char) Character.toLowerCase(codePoint));
        } else {
            out.appendCodePoint(codePoint);
        }
    }

    /**
     * Combining diacritical marks in the blocks that carry accents for Latin, Greek and Cyrillic. Marks of other
     * scripts (Indic vowel signs, for example) are letters in all but name and are kept.
     */
    static boolean isDiacriticMark(int codePoint) {
        return codePoint >= 0x0300 && codePoint <= 0x036F
                || codePoint >= 0x1AB0 && codePoint <= 0x1AFF
                || codePoint >= 0x1DC0 && codePoint <= 0x1DFF
                || codePoint >= 0x20D0 && codePoint <= 0x20FF
                || codePoint >= 0xFE20 && codePoint <= 0xFE2F;
    }

    private static final String[] LIGATURES = {"ff", "fi", "fl", "ffi", "ffl", "st", "st"};

    private static boolean inTable(int codePoint, int start, String table) {
        return codePoint >= start && codePoint < start + table.length();
    }

    private static void appendFromTable(StringBuilder out, int codePoint, String table, int start) {
        char folded = table.charAt(codePoint - start);
        if (folded != FoldTable.EXPANDS) {
            out.append(folded);
        } else {
            out.append(expansion(codePoint));
        }
    }

    private static String expansion(int codePoint) {
        return switch (codePoint) {
            case 0x00C6, 0x00E6, 0x01E2, 0x01E3, 0x01FC, 0x01FD -> "ae";
            case 0x00DE, 0x00FE -> "th";
            case 0x00DF, 0x1E9E -> "ss";
            case 0x0132, 0x0133 -> "ij";
            case 0x0152, 0x0153 -> "oe";
            case 0x01C4, 0x01C5, 0x01C6, 0x01F1, 0x01F2, 0x01F3 -> "dz";
            case 0x01C7, 0x01C8, 0x01C9 -> "lj";
            case 0x01CA, 0x01CB, 0x01CC -> "nj";
            default -> throw new IllegalStateException("fold table marks U+" + Integer.toHexString(codePoint)
                    + " as expanding but has no expansion");
        };
    }
}
