package io.herald.common.text;

/**
 * A word of a text: its UTF-16 span in the original text (what a browser editor uses) and its folded form.
 *
 * @param start  offset of the first UTF-16 unit of the word
 * @param end    offset just past the word
 * @param folded the word case- and diacritics-folded by {@link Fold}
 */
public record Token(int start, int end, String folded) {
}
