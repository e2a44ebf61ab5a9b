package io.herald.common.text;

import java.util.Arrays;

/**
 * Unicode Normalization Form C (canonical composition), as {@code java.text.Normalizer} does it on the JVM, written out
 * because TeaVM has no {@code Normalizer}. X counts posts in NFC, so a word typed with combining accents (as macOS
 * and some keyboards produce) counts as the precomposed word.
 *
 * <p>Text is processed in segments that start at a code point no later code point can combine with; plain segments
 * are copied, so text that is already composed costs a scan.
 */
public final class Nfc {

    private static final int HANGUL_S_BASE = 0xAC00;
    private static final int HANGUL_L_BASE = 0x1100;
    private static final int HANGUL_V_BASE = 0x1161;
    private static final int HANGUL_T_BASE = 0x11A7;
    private static final int HANGUL_L_COUNT = 19;
    private static final int HANGUL_V_COUNT = 21;
    private static final int HANGUL_T_COUNT = 28;
    private static final int HANGUL_N_COUNT = HANGUL_V_COUNT * HANGUL_T_COUNT;
    private static final int HANGUL_S_COUNT = HANGUL_L_COUNT * HANGUL_N_COUNT;

    private static final int[] DECOMPOSED;
    private static final int[] DECOMPOSITION_AT;
    private static final int[] CLASS_FIRST;
    private static final int[] CLASS_LAST;
    private static final int[] CLASS_VALUE;
    private static final int[] COMPOSE_SECOND;
    private static final int[] COMPOSE_FIRST;
    private static final int[] COMPOSE_RESULT;
    /** Starters that can still change the code point before them, so a segment must not begin at them. */
    private static final int[] JOINING_STARTERS;
    /** Below this code point every character is a stable starter of its own. */
    private static final int STABLE_BELOW;
    /**
     * By decomposition entry: whether the precomposed character composes straight back to itself (ä, ł, é; not a
     * singleton such as the Ångström sign or a composition exclusion). Standing alone in its segment such a
     * character is already NFC, so Finnish, Norwegian or Polish text is not taken through the full normalisation.
     */
    private static final boolean[] COMPOSES_BACK;

    static {
        String decompositions = NfcData.DECOMPOSITIONS;
        int[] keys = new int[decompositions.length()];
        int[] at = new int[decompositions.length()];
        int count = 0;
        for (int i = 0; i < decompositions.length(); ) {
            int codePoint = decompositions.codePointAt(i);
            i += Character.charCount(codePoint);
            keys[count] = codePoint;
            at[count] = i;
            count++;
            i += 1 + decompositions.charAt(i);
        }
        DECOMPOSED = Arrays.copyOf(keys, count);
        DECOMPOSITION_AT = Arrays.copyOf(at, count);

        int[][] classes = columns(NfcData.COMBINING_CLASSES, 3);
        CLASS_FIRST = classes[0];
        CLASS_LAST = classes[1];
        CLASS_VALUE = classes[2];

        int[][] compositions = columns(NfcData.COMPOSITIONS, 3);
        COMPOSE_SECOND = compositions[0];
        COMPOSE_FIRST = compositions[1];
        COMPOSE_RESULT = compositions[2];
        count = COMPOSE_SECOND.length;

        int[] joining = new int[count + DECOMPOSED.length + HANGUL_V_COUNT + HANGUL_T_COUNT];
        int joiningCount = 0;
        for (int i = 0; i < count; i++) {
            if (combiningClass(COMPOSE_SECOND[i]) == 0) {
                joining[joiningCount++] = COMPOSE_SECOND[i];
            }
        }
        for (int v = 0; v < HANGUL_V_COUNT; v++) {
            joining[joiningCount++] = HANGUL_V_BASE + v;
        }
        for (int t = 1; t < HANGUL_T_COUNT; t++) {
            joining[joiningCount++] = HANGUL_T_BASE + t;
        }
        int[] secondStarters = Arrays.copyOf(joining, joiningCount);
        Arrays.sort(secondStarters);
        for (int i = 0; i < DECOMPOSED.length; i++) {
            // A starter also joins the code point before it when its decomposition starts with a mark, or with a
            // starter that composes with what precedes it (Unicode 16's Gurung Khema 𖄣 is 𖄞 𖄟, and 𖄞 𖄞 is 𖄡).
            int firstOfDecomposition = decompositions.codePointAt(DECOMPOSITION_AT[i] + 1);
            if (combiningClass(DECOMPOSED[i]) == 0 && (combiningClass(firstOfDecomposition) != 0
                    || Arrays.binarySearch(secondStarters, firstOfDecomposition) >= 0)) {
                joining[joiningCount++] = DECOMPOSED[i];
            }
        }
        int[] sorted = Arrays.copyOf(joining, joiningCount);
        Arrays.sort(sorted);
        JOINING_STARTERS = dedupe(sorted);
        int stableBelow = Math.min(CLASS_FIRST[0], JOINING_STARTERS[0]);
        STABLE_BELOW = Math.min(stableBelow, DECOMPOSED[0]);

        COMPOSES_BACK = new boolean[DECOMPOSED.length];
        int[] buffer = new int[16];
        for (int i = 0; i < DECOMPOSED.length; i++) {
            String alone = new String(Character.toChars(DECOMPOSED[i]));
            int length = decompose(alone, 0, alone.length(), buffer);
            if (length <= buffer.length) {
                reorder(buffer, length);
                COMPOSES_BACK[i] = compose(buffer, length) == 1 && buffer[0] == DECOMPOSED[i];
            }
        }
    }

    private Nfc() {
    }

    /** The NFC form of {@code text}. */
    public static String normalize(String text) {
        return NormalizedText.of(text).text();
    }

    /** Normalises {@code text}, recording where each normalised offset came from when anything changed. */
    static NormalizedText normalizeWithOffsets(String text) {
        int firstChange = firstSegmentNeedingWork(text);
        if (firstChange < 0) {
            return new NormalizedText(text, text, null);
        }
        StringBuilder out = new StringBuilder(text.length());
        out.append(text, 0, firstChange);
        int[] originalAt = new int[text.length() + 1];
        for (int i = 0; i <= firstChange; i++) {
            originalAt[i] = i;
        }
        int[] buffer = new int[16];
        boolean changed = false;
        int segmentStart = firstChange;
        while (segmentStart < text.length()) {
            int segmentEnd = segmentEnd(text, segmentStart);
            int outStart = out.length();
            int first = text.codePointAt(segmentStart);
            if (segmentEnd - segmentStart == Character.charCount(first) && decompositionIndex(first) < 0) {
                out.append(text, segmentStart, segmentEnd);
            } else {
                int length = decompose(text, segmentStart, segmentEnd, buffer);
                if (length > buffer.length) {
                    buffer = new int[length + 16];
                    length = decompose(text, segmentStart, segmentEnd, buffer);
                }
                reorder(buffer, length);
                length = compose(buffer, length);
                for (int i = 0; i < length; i++) {
                    out.appendCodePoint(buffer[i]);
                }
            }
            int outEnd = out.length();
            if (outEnd + 1 > originalAt.length) {
                originalAt = Arrays.copyOf(originalAt, Math.max(outEnd + 1, originalAt.length * 2));
            }
            boolean unchanged = sameUnits(out, outStart, text, segmentStart, segmentEnd);
            changed |= !unchanged;
            for (int i = outStart; i < outEnd; i++) {
                // Inside a segment that changed, an offset can only be placed before the whole segment.
                originalAt[i] = unchanged ? segmentStart + (i - outStart) : segmentStart;
            }
            originalAt[outEnd] = segmentEnd;
            segmentStart = segmentEnd;
        }
        return changed ? new NormalizedText(text, out.toString(), originalAt) : new NormalizedText(text, text, null);
    }

    private static boolean sameUnits(StringBuilder out, int outStart, String text, int start, int end) {
        if (out.length() - outStart != end - start) {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (out.charAt(outStart + i - start) != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The offset of the first segment that normalisation might change, or -1 when the text is already NFC. */
    private static int firstSegmentNeedingWork(String text) {
        int segmentStart = 0;
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) < STABLE_BELOW) {
                segmentStart = i++;
                continue;
            }
            int codePoint = text.codePointAt(i);
            if (!isSegmentStart(codePoint)) {
                return segmentStart;
            }
            int decomposition = decompositionIndex(codePoint);
            if (decomposition >= 0 && !COMPOSES_BACK[decomposition]) {
                return i;
            }
            segmentStart = i;
            i += Character.charCount(codePoint);
        }
        return -1;
    }

    private static int segmentEnd(String text, int start) {
        int i = start + Character.charCount(text.codePointAt(start));
        while (i < text.length()) {
            int codePoint = text.codePointAt(i);
            if (isSegmentStart(codePoint)) {
                return i;
            }
            i += Character.charCount(codePoint);
        }
        return i;
    }

    private static boolean isSegmentStart(int codePoint) {
        return codePoint < STABLE_BELOW
                || combiningClass(codePoint) == 0 && Arrays.binarySearch(JOINING_STARTERS, codePoint) < 0;
    }

    /** Writes the full canonical decomposition of text[start, end) into buffer; returns the length it needs. */
    private static int decompose(String text, int start, int end, int[] buffer) {
        int length = 0;
        for (int i = start; i < end; ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            if (isHangulSyllable(codePoint)) {
                int index = codePoint - HANGUL_S_BASE;
                length = put(buffer, length, HANGUL_L_BASE + index / HANGUL_N_COUNT);
                length = put(buffer, length, HANGUL_V_BASE + index % HANGUL_N_COUNT / HANGUL_T_COUNT);
                if (index % HANGUL_T_COUNT != 0) {
                    length = put(buffer, length, HANGUL_T_BASE + index % HANGUL_T_COUNT);
                }
                continue;
            }
            int entry = decompositionIndex(codePoint);
            if (entry < 0) {
                length = put(buffer, length, codePoint);
                continue;
            }
            int at = DECOMPOSITION_AT[entry];
            int decompositionEnd = at + 1 + NfcData.DECOMPOSITIONS.charAt(at);
            for (int j = at + 1; j < decompositionEnd; ) {
                int part = NfcData.DECOMPOSITIONS.codePointAt(j);
                j += Character.charCount(part);
                length = put(buffer, length, part);
            }
        }
        return length;
    }

    private static int put(int[] buffer, int length, int codePoint) {
        if (length < buffer.length) {
            buffer[length] = codePoint;
        }
        return length + 1;
    }

    /** Canonical ordering: a stable sort of each run of non-starters by combining class. */
    private static void reorder(int[] buffer, int length) {
        for (int i = 1; i < length; i++) {
            int codePoint = buffer[i];
            int combiningClass = combiningClass(codePoint);
            if (combiningClass == 0) {
                continue;
            }
            int j = i;
            while (j > 0) {
                int previousClass = combiningClass(buffer[j - 1]);
                if (previousClass <= combiningClass) {
                    break;
                }
                buffer[j] = buffer[j - 1];
                j--;
            }
            buffer[j] = codePoint;
        }
    }

    /** Canonical composition in place (UAX #15); returns the new length. */
    private static int compose(int[] buffer, int length) {
        if (length == 0) {
            return 0;
        }
        int starterAt = 0;
        int lastClass = combiningClass(buffer[0]);
        if (lastClass != 0) {
            lastClass = 256;
        }
        int out = 1;
        for (int i = 1; i < length; i++) {
            int codePoint = buffer[i];
            int combiningClass = combiningClass(codePoint);
            int composite = composite(buffer[starterAt], codePoint);
            if (composite >= 0 && (lastClass < combiningClass || lastClass == 0)) {
                buffer[starterAt] = composite;
                continue;
            }
            if (combiningClass == 0) {
                starterAt = out;
            }
            lastClass = combiningClass;
            buffer[out++] = codePoint;
        }
        return out;
    }

    private static int composite(int first, int second) {
        if (first >= HANGUL_L_BASE && first < HANGUL_L_BASE + HANGUL_L_COUNT
                && second >= HANGUL_V_BASE && second < HANGUL_V_BASE + HANGUL_V_COUNT) {
            return HANGUL_S_BASE + ((first - HANGUL_L_BASE) * HANGUL_V_COUNT + second - HANGUL_V_BASE)
                    * HANGUL_T_COUNT;
        }
        if (isHangulSyllable(first) && (first - HANGUL_S_BASE) % HANGUL_T_COUNT == 0
                && second > HANGUL_T_BASE && second < HANGUL_T_BASE + HANGUL_T_COUNT) {
            return first + second - HANGUL_T_BASE;
        }
        int low = 0;
        int high = COMPOSE_SECOND.length - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int bySecond = Integer.compare(COMPOSE_SECOND[middle], second);
            int order = bySecond != 0 ? bySecond : Integer.compare(COMPOSE_FIRST[middle], first);
            if (order < 0) {
                low = middle + 1;
            } else if (order > 0) {
                high = middle - 1;
            } else {
                return COMPOSE_RESULT[middle];
            }
        }
        return -1;
    }

    static int combiningClass(int codePoint) {
        if (codePoint < 0x300) {
            return 0;
        }
        int low = 0;
        int high = CLASS_FIRST.length - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (codePoint < CLASS_FIRST[middle]) {
                high = middle - 1;
            } else if (codePoint > CLASS_LAST[middle]) {
                low = middle + 1;
            } else {
                return CLASS_VALUE[middle];
            }
        }
        return 0;
    }

    private static int decompositionIndex(int codePoint) {
        return Arrays.binarySearch(DECOMPOSED, codePoint);
    }

    private static boolean isHangulSyllable(int codePoint) {
        return codePoint >= HANGUL_S_BASE && codePoint < HANGUL_S_BASE + HANGUL_S_COUNT;
    }

    /**
     * Splits {@code data}, entries of {@code width} code points each, into one array per position in the entry. A
     * combining class is stored as one char below U+0100, which reads as a code point of that value.
     */
    private static int[][] columns(String data, int width) {
        int[][] columns = new int[width][data.length() / width];
        int count = 0;
        for (int i = 0; i < data.length(); count++) {
            for (int column = 0; column < width; column++) {
                columns[column][count] = data.codePointAt(i);
                i += Character.charCount(columns[column][count]);
            }
        }
        for (int column = 0; column < width; column++) {
            columns[column] = Arrays.copyOf(columns[column], count);
        }
        return columns;
    }

    private static int[] dedupe(int[] sorted) {
        int count = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (count == 0 || sorted[count - 1] != sorted[i]) {
                sorted[count++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, count);
    }
}
