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
        List<Token> tokens = new ArrayList<>(text.length() / 6 + 1);
        Word word = new Word(text);
        int i = 0;
        while (i < text.length()) {
            char unit = text.charAt(i);
            if (unit < 0x80) {
                // Most of a post, answered without TeaVM's Unicode tables.
                if (unit >= 'a' && unit <= 'z' || unit >= 'A' && unit <= 'Z' || unit >= '0' && unit <= '9') {
                    if (word.start < 0) {
                        word.begin(i);
                    }
                    word.addAscii(i, unit);
                } else {
                    word.end(i, tokens);
                }
                i++;
                continue;
            }
            int codePoint = text.codePointAt(i);
            int next = i + Character.charCount(codePoint);
            if (isIdeograph(codePoint)) {
                word.end(i, tokens);
                word.begin(i);
                word.add(i, codePoint);
                word.end(next, tokens);
            } else if (isLetterOrDigit(codePoint) || word.start >= 0 && isMark(codePoint)) {
                if (word.start < 0) {
                    word.begin(i);
                }
                word.add(i, codePoint);
            } else {
                word.end(i, tokens);
            }
            i = next;
        }
        word.end(text.length(), tokens);
        return tokens;
    }

    /**
     * The word being read and its fold. As long as every character folds to itself (a word in lower case without
     * accents, most of a post) the fold is the word as written, taken with {@code substring}; from the first
     * character that folds otherwise, the fold is copied into a buffer. Building every fold in a buffer cost a
     * character array and a copy per word under TeaVM.
     */
    private static final class Word {
        private final String text;
        private final StringBuilder folded = new StringBuilder();
        private final StringBuilder one = new StringBuilder();
        int start = -1;
        /** Whether {@link #folded} holds the fold so far; otherwise the fold so far is the text from start. */
        private boolean copied;

        Word(String text) {
            this.text = text;
        }

        void begin(int at) {
            start = at;
            copied = false;
            folded.setLength(0);
        }

        void addAscii(int at, char unit) {
            char lower = unit >= 'A' && unit <= 'Z' ? (char) (unit + ('a' - 'A')) : unit;
            if (copied) {
                folded.append(lower);
            } else if (lower != unit) {
                folded.append(text, start, at).append(lower);
                copied = true;
            }
        }

        void add(int at, int codePoint) {
            one.setLength(0);
            Fold.append(one, codePoint);
            if (copied) {
                folded.append(one);
            } else if (!foldsToItself(at, codePoint)) {
                folded.append(text, start, at).append(one);
                copied = true;
            }
        }

        private boolean foldsToItself(int at, int codePoint) {
            int units = Character.charCount(codePoint);
            return one.length() == units && one.charAt(0) == text.charAt(at)
                    && (units == 1 || one.charAt(1) == text.charAt(at + 1));
        }

        /** Adds the word being read, if any, ending at {@code end}. */
        void end(int end, List<Token> tokens) {
            if (start >= 0) {
                String fold = copied ? folded.toString() : text.substring(start, end);
                if (!fold.isEmpty()) {
                    tokens.add(new Token(start, end, fold));
                }
            }
            start = -1;
        }
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
