package io.herald.common.unicode;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import java.util.Arrays;

/** Generates {@code io.herald.common.platform.EmojiData}, the code points with the Emoji property, from ICU4J. */
final class EmojiDataGenerator {

    static final String PATH = "src/main/java/io/herald/common/platform/EmojiData.java";

    private static final String ABOUT = """
            The code points with the Unicode Emoji property, as inclusive ranges (first, last, first, last, ...) in
            ascending order, for {@link Emoji}.
            """;

    private EmojiDataGenerator() {
    }

    static String source() {
        StringBuilder out = JavaSource.classStart("io.herald.common.platform", "EmojiData", ABOUT,
                EmojiDataGenerator.class);
        JavaSource.intArray(out, "RANGES", ranges());
        return out.append("}\n").toString();
    }

    private static int[] ranges() {
        int[] ranges = new int[64];
        int count = 0;
        for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
            if (!UCharacter.hasBinaryProperty(codePoint, UProperty.EMOJI)) {
                continue;
            }
            if (count > 0 && ranges[count - 1] == codePoint - 1) {
                ranges[count - 1] = codePoint;
                continue;
            }
            if (count + 2 > ranges.length) {
                ranges = Arrays.copyOf(ranges, ranges.length * 2);
            }
            ranges[count++] = codePoint;
            ranges[count++] = codePoint;
        }
        return Arrays.copyOf(ranges, count);
    }
}
