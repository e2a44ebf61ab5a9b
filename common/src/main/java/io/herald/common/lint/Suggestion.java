package io.herald.common.lint;

/**
 * A fix a composer can apply with one click. Offsets are UTF-16 indexes into the draft the finding came from, the
 * unit a browser editor's selection uses. Each suggestion carries its own span, because the fix does not always
 * cover the finding's span (a repeated word is reported on both words but only the second is removed).
 */
public sealed interface Suggestion {

    /** The kind as written in rendered findings and in JSON: {@code replace}, {@code remove} or {@code insert}. */
    String kind();

    /** Replace the text between {@code start} and {@code end} with {@code text}. */
    record Replace(int start, int end, String text) implements Suggestion {
        @Override
        public String kind() {
            return "replace";
        }
    }

    /** Delete the text between {@code start} and {@code end}. */
    record Remove(int start, int end) implements Suggestion {
        @Override
        public String kind() {
            return "remove";
        }
    }

    /** Insert {@code text} at {@code offset}. */
    record Insert(int offset, String text) implements Suggestion {
        @Override
        public String kind() {
            return "insert";
        }
    }
}
