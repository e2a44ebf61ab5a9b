package io.herald.common.text;

import java.util.Arrays;

/**
 * Splits a text into the words of a {@link WordList}, folding them as it goes.
 *
 * <p>A word is a run of letters and digits, with the combining marks that follow them. Everything else separates
 * words, including apostrophes and hyphens: "Herald's" and "Herald-sovellus" both contain the word "herald", which is
 * what a rule about a name and a search for it want. Han and kana characters are one word each, since those scripts
 * put no spaces between words.
 *
 * <p>As long as every character of a word folds to itself (a word in lower case without accents, most of a post) the
 * fold is the word as written and nothing is copied; from the first character that folds otherwise, the word's fold
 * is copied into the list's array of folded characters. The hash of the fold is summed up in both cases.
 */
final class Tokenizer {

    private final String text;
    private final int[] skipped;
    private int nextSkipped;

    private final Scratch scratch;
    private int[] words;
    private int size;
    private char[] folds;
    private int foldsLength;
    /** The fold of one code point, as {@link Fold#append} writes it. */
    private final StringBuilder one = new StringBuilder();

    /** The word being read: its start (-1 between words), whether it is kept, its hash and where its fold starts. */
    private int start = -1;
    private boolean kept;
    private int hash;
    /** Whether the fold so far is in {@link #folds} from {@link #foldStart}; otherwise it is the text from start. */
    private boolean copied;
    private int foldStart;

    Tokenizer(String text, int[] skipped, Scratch scratch) {
        this.text = text;
        this.skipped = skipped;
        this.scratch = scratch;
        // About one word per six characters in prose; room for more costs less than growing the array.
        words = scratch.ints(Scratch.Use.WORDS, WordList.FIELDS * (text.length() / 6 + 1));
    }

    WordList read() {
        int i = 0;
        while (i < text.length()) {
            char unit = text.charAt(i);
            if (unit < 0x80) {
                // Most of a post, answered without TeaVM's Unicode tables.
                if (unit >= 'a' && unit <= 'z' || unit >= 'A' && unit <= 'Z' || unit >= '0' && unit <= '9') {
                    if (start < 0) {
                        begin(i);
                    }
                    addAscii(i, unit);
                } else {
                    end(i);
                }
                i++;
                continue;
            }
            int codePoint = text.codePointAt(i);
            int next = i + Character.charCount(codePoint);
            if (isIdeograph(codePoint)) {
                end(i);
                begin(i);
                add(i, codePoint);
                end(next);
            } else if (isLetterOrDigit(codePoint) || start >= 0 && isMark(codePoint)) {
                if (start < 0) {
                    begin(i);
                }
                add(i, codePoint);
            } else {
                end(i);
            }
            i = next;
        }
        end(text.length());
        return new WordList(text, words, size, folds);
    }

    private void begin(int at) {
        start = at;
        kept = !insideSkipped(at);
        hash = 0;
        copied = false;
    }

    /** Skipped spans and words both come in order, so one walk tells which words start inside a span. */
    private boolean insideSkipped(int at) {
        while (nextSkipped < skipped.length && skipped[nextSkipped + 1] <= at) {
            nextSkipped += 2;
        }
        return nextSkipped < skipped.length && at >= skipped[nextSkipped];
    }

    private void addAscii(int at, char unit) {
        if (!kept) {
            return;
        }
        char lower = unit >= 'A' && unit <= 'Z' ? (char) (unit + ('a' - 'A')) : unit;
        hash = 31 * hash + lower;
        if (copied) {
            appendFold(lower);
        } else if (lower != unit) {
            copyWrittenSoFar(at);
            appendFold(lower);
        }
    }

    private void add(int at, int codePoint) {
        if (!kept) {
            return;
        }
        one.setLength(0);
        Fold.append(one, codePoint);
        for (int k = 0; k < one.length(); k++) {
            hash = 31 * hash + one.charAt(k);
        }
        if (!copied && !foldsToItself(at, codePoint)) {
            copyWrittenSoFar(at);
        }
        if (copied) {
            for (int k = 0; k < one.length(); k++) {
                appendFold(one.charAt(k));
            }
        }
    }

    private boolean foldsToItself(int at, int codePoint) {
        int units = Character.charCount(codePoint);
        return one.length() == units && one.charAt(0) == text.charAt(at)
                && (units == 1 || one.charAt(1) == text.charAt(at + 1));
    }

    /** Starts the word's fold in {@link #folds} with what was read of it so far, which all folded to itself. */
    private void copyWrittenSoFar(int at) {
        foldStart = foldsLength;
        copied = true;
        for (int k = start; k < at; k++) {
            appendFold(text.charAt(k));
        }
    }

    private void appendFold(char c) {
        if (folds == null) {
            folds = scratch.chars(Scratch.Use.FOLDS, Math.max(16, text.length() / 4));
        } else if (foldsLength == folds.length) {
            folds = scratch.keep(Scratch.Use.FOLDS, Arrays.copyOf(folds, 2 * foldsLength));
        }
        folds[foldsLength++] = c;
    }

    /** Adds the word being read, if any and if kept, ending at {@code end}. */
    private void end(int end) {
        if (start >= 0 && kept) {
            int foldLength = copied ? foldsLength - foldStart : end - start;
            if (foldLength > 0) {
                addWord(end, foldLength);
            } else {
                foldsLength = foldStart;
            }
        }
        start = -1;
    }

    private void addWord(int end, int foldLength) {
        int at = WordList.FIELDS * size;
        if (at == words.length) {
            words = scratch.keep(Scratch.Use.WORDS, Arrays.copyOf(words, 2 * words.length));
        }
        words[at + WordList.START] = start;
        words[at + WordList.END] = end;
        words[at + WordList.HASH] = hash;
        words[at + WordList.FOLD] = copied ? foldStart : -1;
        words[at + WordList.FOLD_LENGTH] = foldLength;
        size++;
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
