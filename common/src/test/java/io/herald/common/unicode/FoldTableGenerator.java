package io.herald.common.unicode;

import static java.util.Map.entry;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.text.Normalizer2;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Generates {@code io.herald.common.text.FoldTable}: for every code point of the blocks whose letters carry
 * diacritics, the letter it folds to, from ICU4J's compatibility decompositions and case folding plus the readings
 * below.
 */
final class FoldTableGenerator {

    static final String PATH = "src/main/java/io/herald/common/text/FoldTable.java";

    /** What the table holds for a code point whose fold has more than one letter. */
    static final char EXPANDS = '\uFFFF';

    /** The tables: name, first and last code point. */
    private static final Object[][] BLOCKS = {
        {"LATIN", 0x00C0, 0x024F},
        {"GREEK", 0x0370, 0x03FF},
        {"CYRILLIC", 0x0400, 0x04FF},
        {"LATIN_ADDITIONAL", 0x1E00, 0x1EFF},
        {"GREEK_EXTENDED", 0x1F00, 0x1FFF},
    };

    /**
     * Letters that Unicode does not decompose but readers take for a base letter with a stroke, bar, hook or curl,
     * or for two letters, so that "Łódź" finds "Lodz" and "Tromsø" finds "Tromso"; and the characters that are not
     * combining marks but are dropped like them from a decomposition (the middle dot of Catalan ŀ, the apostrophe of
     * ŉ, the half ring of ẚ). Keyed by the case-folded letter, so the capital and the accented forms that decompose
     * to it (Ǿ to Ø, Ǽ to Æ) follow. This list is the one choice a person made; the rest comes from Unicode.
     */
    private static final Map<Integer, String> READINGS = Map.ofEntries(
            entry((int) 'æ', "ae"), entry((int) 'œ', "oe"), entry((int) 'ß', "ss"), entry((int) 'þ', "th"),
            entry((int) 'ð', "d"), entry((int) 'đ', "d"), entry((int) 'ø', "o"), entry((int) 'ł', "l"),
            entry((int) 'ħ', "h"), entry((int) 'ŧ', "t"), entry((int) 'ı', "i"), entry((int) 'ĸ', "k"),
            entry((int) 'ŋ', "n"), entry((int) 'ƀ', "b"), entry((int) 'ƒ', "f"), entry((int) 'ɨ', "i"),
            entry((int) 'ǥ', "g"), entry((int) 'ȶ', "t"), entry((int) 'ⱥ', "a"), entry((int) 'ȼ', "c"),
            entry((int) 'ⱦ', "t"), entry((int) 'ɇ', "e"), entry((int) 'ɉ', "j"), entry((int) 'ɍ', "r"),
            entry((int) 'ɏ', "y"),
            entry(0x00B7, ""), entry(0x02BC, ""), entry(0x02BE, ""));

    private static final String ABOUT = """
            Folding data for the scripts whose letters carry diacritics: Latin (Latin-1, Extended-A and -B, Extended
            Additional), Greek and Cyrillic. Each table holds, for every code point of its block, the base letter
            (the compatibility decomposition without its combining marks, case-folded), or {@code U+FFFF} where the
            fold is longer than one letter ({@link Fold} spells those out). Characters that are not letters stand for
            themselves. Letters without a decomposition that are read as a base letter with a stroke, or as two
            letters (ł, ø, đ, ħ, ŧ, æ, œ, ß, þ and a few more), fold as the generator's list of readings says, which
            is why Polish ł folds to l and Norwegian ø to o.
            """;

    private FoldTableGenerator() {
    }

    static String source() {
        StringBuilder out = JavaSource.classStart("io.herald.common.text", "FoldTable", ABOUT,
                FoldTableGenerator.class);
        for (Object[] block : BLOCKS) {
            out.append("    static final int ").append(block[0]).append("_START = 0x")
                    .append(String.format("%04X", (Integer) block[1])).append(";\n");
        }
        out.append("""

                    /** Marks a code point whose fold has more than one letter. */
                    static final char EXPANDS = '\\uFFFF';

                """);
        for (Object[] block : BLOCKS) {
            StringBuilder table = new StringBuilder();
            for (int codePoint = (Integer) block[1]; codePoint <= (Integer) block[2]; codePoint++) {
                table.append(entryFor(codePoint));
            }
            JavaSource.stringConstant(out, (String) block[0], table.toString());
        }
        return out.append("}\n").toString();
    }

    /** The folds longer than one letter, by code point: what {@code Fold} must spell out for each table entry. */
    static Map<Integer, String> expansions() {
        Map<Integer, String> expansions = new LinkedHashMap<>();
        for (Object[] block : BLOCKS) {
            for (int codePoint = (Integer) block[1]; codePoint <= (Integer) block[2]; codePoint++) {
                if (entryFor(codePoint) == EXPANDS) {
                    expansions.put(codePoint, fold(codePoint));
                }
            }
        }
        return expansions;
    }

    private static char entryFor(int codePoint) {
        String fold = fold(codePoint);
        if (fold.isEmpty() || !fold.codePoints().allMatch(UCharacter::isLetter)) {
            return (char) codePoint;
        }
        if (fold.codePointCount(0, fold.length()) > 1) {
            return EXPANDS;
        }
        if (fold.length() != 1 || fold.charAt(0) == EXPANDS) {
            throw new IllegalStateException("U+" + Integer.toHexString(codePoint) + " folds outside one UTF-16 unit");
        }
        return fold.charAt(0);
    }

    private static String fold(int codePoint) {
        String decomposition = Normalizer2.getNFKDInstance().normalize(new String(Character.toChars(codePoint)));
        StringBuilder fold = new StringBuilder();
        decomposition.codePoints()
                .filter(part -> UCharacter.getType(part) != UCharacterCategory.NON_SPACING_MARK)
                .map(part -> UCharacter.foldCase(part, true))
                .forEach(part -> {
                    String reading = READINGS.get(part);
                    if (reading != null) {
                        fold.append(reading);
                    } else {
                        fold.appendCodePoint(part);
                    }
                });
        return fold.toString();
    }
}
