package io.herald.common.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a text into words with their UTF-16 spans and folded forms.
 *
 * <p>A word is a run of letters and digits, with the combining marks that follow them. Everything else separates
 * words, including apostrophes and hyphens: "Herald's" and "Herald-sovellus" both contain the word "herald", which is
 * what a rule about a name and a search for it want. Han and kana characters are one word each, since those scripts
 * put no spaces between words.
 */
public final class Tokens {

    private Tokens() {
    }

    /** The words of {@code text} in order. */
    public static List<Token> of(String text) {
        List<Token> tokens = new ArrayList<>();
        StringBuilder folded = new StringBuilder();
        int start = -1;
        int i = 0;
        while (i < text.length()) {
            int codePoint = text.codePointAt(i);
            int next = i + Character.charCount(codePoint);
            if (isIdeograph(codePoint)) {
                close(text, start, i, folded, tokens);
                start = -1;
                Fold.append(folded, codePoint);
                close(text, i, next, folded, tokens);
            } else if (isLetterOrDigit(codePoint) || start >= 0 && isMark(codePoint)) {
                if (start < 0) {
                    start = i;
                }
                Fold.append(folded, codePoint);
            } else {
                close(text, start, i, folded, tokens);
                start = -1;
            }
            i = next;
        }
        close(text, start, text.length(), folded, tokens);
        return tokens;
    }

    private static void close(String text, int start, int end, StringBuilder folded, List<Token> tokens) {
        if (start >= 0 && folded.length() > 0) {
            tokens.add(new Token(start, end, folded.toString()));
        }
        folded.setLength(0);
    }

    /** ASCII answered directly: TeaVM searches Unicode tables per call, and most of a post is ASCII. */
    private static boolean isLetterOrDigit(int codePoint) {
        if (codePoint < 0x80) {
            return codePoint >= 'a' && codePoint <= 'z' || codePoint >= 'A' && codePoint <= 'Z'
                    || codePoint >= '0' && codePoint <= '9';
        }
        return Character.isLetterOrDigit(codePoint);
    }

    private static boolean isMark(int codePoint) {
        if (codePoint < 0x80) {
            return false;
        }
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static boolean isIdeograph(int codePoint) {
        return codePoint >= 0x3040 && codePoint <= 0x30FF
                || codePoint >= 0x3400 && codePoint <= 0x4DBF
                || codePoint >= 0x4E00 && codePoint <= 0x9FFF
                || codePoint >= 0xF900 && codePoint <= 0xFAFF
                || codePoint >= 0x20000 && codePoint <= 0x3FFFF;
    }
}
