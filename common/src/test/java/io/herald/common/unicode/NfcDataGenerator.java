package io.herald.common.unicode;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Normalizer2;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Generates {@code io.herald.common.text.NfcData}, the canonical decompositions, combining classes and primary
 * composites that {@code Nfc} needs, from ICU4J's normalisation data.
 */
final class NfcDataGenerator {

    static final String PATH = "src/main/java/io/herald/common/text/NfcData.java";

    private static final int HANGUL_FIRST = 0xAC00;
    private static final int HANGUL_LAST = 0xD7A3;

    private static final String ABOUT = """
            Unicode canonical normalisation data for {@link Nfc} (TeaVM has no {@code java.text.Normalizer}).
            {@code NfcTest} compares {@code Nfc} with ICU4J and runs Unicode's conformance cases.

            <ul>
              <li>{@link #DECOMPOSITIONS}: per decomposable code point (Hangul syllables excepted, they are
              computed), the code point, the UTF-16 length of its full canonical decomposition, then that
              decomposition.</li>
              <li>{@link #COMBINING_CLASSES}: runs of code points with a non-zero canonical combining class: first
              and last code point, then the class as one char.</li>
              <li>{@link #COMPOSITIONS}: the primary composites as (second code point, first code point, composite),
              sorted by second then first.</li>
            </ul>
            """;

    private NfcDataGenerator() {
    }

    static String source() {
        StringBuilder out = JavaSource.classStart("io.herald.common.text", "NfcData", ABOUT, NfcDataGenerator.class);
        JavaSource.stringConstant(out, "DECOMPOSITIONS", decompositions());
        JavaSource.stringConstant(out, "COMBINING_CLASSES", combiningClasses());
        JavaSource.stringConstant(out, "COMPOSITIONS", compositions());
        return out.append("}\n").toString();
    }

    private static String decompositions() {
        Normalizer2 nfd = Normalizer2.getNFDInstance();
        StringBuilder out = new StringBuilder();
        for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
            if (isHangulSyllable(codePoint) || nfd.getDecomposition(codePoint) == null) {
                continue;
            }
            String decomposition = nfd.normalize(new String(Character.toChars(codePoint)));
            out.appendCodePoint(codePoint).append((char) decomposition.length()).append(decomposition);
        }
        return out.toString();
    }

    private static String combiningClasses() {
        StringBuilder out = new StringBuilder();
        int codePoint = 0;
        while (codePoint <= Character.MAX_CODE_POINT) {
            int combiningClass = UCharacter.getCombiningClass(codePoint);
            if (combiningClass == 0) {
                codePoint++;
                continue;
            }
            int last = codePoint;
            while (last < Character.MAX_CODE_POINT && UCharacter.getCombiningClass(last + 1) == combiningClass) {
                last++;
            }
            out.appendCodePoint(codePoint).appendCodePoint(last).append((char) combiningClass);
            codePoint = last + 1;
        }
        return out.toString();
    }

    private static String compositions() {
        Normalizer2 nfc = Normalizer2.getNFCInstance();
        List<int[]> composites = new ArrayList<>();
        for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
            String mapping = isHangulSyllable(codePoint) ? null : nfc.getRawDecomposition(codePoint);
            if (mapping == null || mapping.codePointCount(0, mapping.length()) != 2) {
                continue;
            }
            int first = mapping.codePointAt(0);
            int second = mapping.codePointAt(Character.charCount(first));
            if (nfc.composePair(first, second) == codePoint) {
                composites.add(new int[] {second, first, codePoint});
            }
        }
        composites.sort(Comparator.<int[]>comparingInt(entry -> entry[0]).thenComparingInt(entry -> entry[1]));
        StringBuilder out = new StringBuilder();
        for (int[] entry : composites) {
            out.appendCodePoint(entry[0]).appendCodePoint(entry[1]).appendCodePoint(entry[2]);
        }
        return out.toString();
    }

    private static boolean isHangulSyllable(int codePoint) {
        return codePoint >= HANGUL_FIRST && codePoint <= HANGUL_LAST;
    }
}
