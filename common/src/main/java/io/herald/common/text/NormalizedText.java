package io.herald.common.text;

/**
 * A text in NFC together with the way back to the text the author typed, so that counts made on the normalised text
 * can be reported as UTF-16 offsets into the original (what the browser's editor uses).
 */
public final class NormalizedText {

    private final String original;
    private final String text;
    /** For each offset into {@link #text}, the offset into {@link #original}; null when the two are the same. */
    private final int[] originalAt;

    NormalizedText(String original, String text, int[] originalAt) {
        this.original = original;
        this.text = text;
        this.originalAt = originalAt;
    }

    /** Normalises {@code original} to NFC. */
    public static NormalizedText of(String original) {
        return Nfc.normalizeWithOffsets(original);
    }

    /** The text as typed. */
    public String original() {
        return original;
    }

    /** The text in NFC. */
    public String text() {
        return text;
    }

    /** Whether normalisation changed anything; when it did not, offsets are the same in both texts. */
    public boolean changed() {
        return originalAt != null;
    }

    /**
     * The offset into the original text that corresponds to {@code offset} into the normalised one. An offset inside a
     * sequence that normalisation changed (a letter and its combining accents) maps to the start of that sequence.
     */
    public int originalOffset(int offset) {
        if (offset < 0 || offset > text.length()) {
            throw new IndexOutOfBoundsException("offset " + offset + " outside 0.." + text.length());
        }
        return originalAt == null ? offset : originalAt[offset];
    }
}
