package io.herald.common.text;

/**
 * The words of a text in order ({@link Tokenizer} says what a word is): each word's UTF-16 span in the text (what a
 * browser editor uses), the hash of its folded form ({@link Fold}) and that folded form, compared where it stands.
 *
 * <p>A struct of arrays rather than an object per word: a lint reads the words of a 3,000-character draft, some 500
 * of them, and under TeaVM an object, a {@code String} and a JavaScript string per word were most of what a lint
 * allocated, which brought the browser's young-generation collections into every thirtieth lint. Here a text's words
 * are one {@code int} array (in the browser each primitive array of more than 16 numbers is allocated outside the
 * JavaScript heap, so few and large is best) and, for the words whose fold differs from the text as written
 * (capitals, diacritics, ß), one array of their folded characters. Index look-ups go by {@link #hash} and compare
 * in place ({@link WordMap}), so no string is made per word unless a caller asks with {@link #folded}.
 */
public final class WordList {

    static final int START = 0;
    static final int END = 1;
    static final int HASH = 2;
    /** Where the fold starts in {@link #folds}, or -1 when the fold is the text as written from {@link #START}. */
    static final int FOLD = 3;
    static final int FOLD_LENGTH = 4;
    static final int FIELDS = 5;

    private static final int[] NO_SPANS = {};

    private final String text;
    /** {@link #FIELDS} numbers per word. */
    private final int[] words;
    private final int size;
    /** The folded forms of the words that do not fold to themselves, one after another. */
    private final char[] folds;

    WordList(String text, int[] words, int size, char[] folds) {
        this.text = text;
        this.words = words;
        this.size = size;
        this.folds = folds;
    }

    /** The words of {@code text}. */
    public static WordList of(String text) {
        return of(text, NO_SPANS);
    }

    /**
     * The words of {@code text} except those that start inside one of the {@code skipped} spans (start and end
     * offsets in pairs, in ascending order), such as a draft's links. The words around a span are split as in the
     * whole text: leaving words out never joins or cuts others.
     */
    public static WordList of(String text, int[] skipped) {
        return of(text, skipped, Scratch.NONE);
    }

    /** The same, in arrays from {@code scratch} (see there for when a list's arrays may be handed on). */
    public static WordList of(String text, int[] skipped, Scratch scratch) {
        return new Tokenizer(text, skipped, scratch).read();
    }

    /**
     * The hash that {@link #hash} gives a word folded to {@code folded}: equal folds hash alike, whichever text and
     * list they come from (the same arithmetic as {@link String#hashCode}, but not tied to it, so both runtimes agree).
     */
    public static int hashOf(CharSequence folded) {
        int hash = 0;
        for (int k = 0; k < folded.length(); k++) {
            hash = 31 * hash + folded.charAt(k);
        }
        return hash;
    }

    /** The text the words are from. */
    public String text() {
        return text;
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** Offset of the first UTF-16 unit of word {@code i}. */
    public int start(int i) {
        return words[FIELDS * i + START];
    }

    /** Offset just past word {@code i}. */
    public int end(int i) {
        return words[FIELDS * i + END];
    }

    /** The hash of word {@code i}'s folded form: {@link #hashOf} of {@link #folded}. */
    public int hash(int i) {
        return words[FIELDS * i + HASH];
    }

    /** Word {@code i} as written. */
    public String raw(int i) {
        return text.substring(start(i), end(i));
    }

    /** The number of UTF-16 units of word {@code i}'s folded form (never 0: a word always has a fold). */
    public int foldedLength(int i) {
        return words[FIELDS * i + FOLD_LENGTH];
    }

    /** Unit {@code k} of word {@code i}'s folded form. */
    public char foldedCharAt(int i, int k) {
        int fold = words[FIELDS * i + FOLD];
        return fold < 0 ? text.charAt(words[FIELDS * i + START] + k) : folds[fold + k];
    }

    /** Word {@code i} case- and diacritics-folded, as a string of its own; the comparisons below make none. */
    public String folded(int i) {
        int fold = words[FIELDS * i + FOLD];
        if (fold < 0) {
            return raw(i);
        }
        return new String(folds, fold, words[FIELDS * i + FOLD_LENGTH]);
    }

    /** Whether word {@code i} folds to {@code folded}. */
    public boolean foldedEquals(int i, String folded) {
        return foldedLength(i) == folded.length() && foldedMatches(i, folded, folded.length());
    }

    /** Whether word {@code i}'s folded form starts with {@code folded}. */
    public boolean foldedStartsWith(int i, String folded) {
        return foldedLength(i) >= folded.length() && foldedMatches(i, folded, folded.length());
    }

    /** Whether word {@code i} of this list and word {@code j} of {@code other} (maybe this list) fold alike. */
    public boolean sameFold(int i, WordList other, int j) {
        int length = foldedLength(i);
        if (hash(i) != other.hash(j) || length != other.foldedLength(j)) {
            return false;
        }
        for (int k = 0; k < length; k++) {
            if (foldedCharAt(i, k) != other.foldedCharAt(j, k)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the first {@code length} units of word {@code i}'s fold are those of {@code folded}. */
    private boolean foldedMatches(int i, String folded, int length) {
        int fold = words[FIELDS * i + FOLD];
        if (fold < 0) {
            return text.regionMatches(words[FIELDS * i + START], folded, 0, length);
        }
        for (int k = 0; k < length; k++) {
            if (folds[fold + k] != folded.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The words at {@code indexes} (the first {@code count} of them, ascending), as a list of their own over the
     * same text, for a reader that leaves out more words than the tokenizer did (mentions, for example).
     */
    public WordList select(int[] indexes, int count) {
        int[] selected = new int[FIELDS * count];
        for (int k = 0; k < count; k++) {
            System.arraycopy(words, FIELDS * indexes[k], selected, FIELDS * k, FIELDS);
        }
        return new WordList(text, selected, count, folds);
    }
}
