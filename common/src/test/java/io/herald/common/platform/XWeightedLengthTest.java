package io.herald.common.platform;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class XWeightedLengthTest {

    static Stream<Arguments> v3Cases() {
        List<Arguments> cases = new ArrayList<>();
        for (String section : List.of("WeightedTweetsWithDiscountedEmojiCounterTest",
                "UnicodeDirectionalMarkerCounterTest")) {
            for (Map<String, Object> testCase : TwitterTextConformance.section("validate.yml", section)) {
                cases.add(Arguments.of(section + ": " + testCase.get("description"), testCase.get("text"),
                        testCase.get("expected")));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("v3Cases")
    void countsAsTwitterTextV3(String description, String text, Map<String, Object> expected) {
        PostLength length = PostLength.of(text, Platform.X);
        assertAll(
                () -> assertEquals(expected.get("weightedLength"), length.weighted(), "weighted length"),
                () -> assertEquals(expected.get("valid"), length.valid(), "valid"),
                () -> assertEquals(0, expected.get("validRangeStart"), "valid range starts at 0"),
                // twitter-text's range end is inclusive; ours is an exclusive UTF-16 offset.
                () -> assertEquals((Integer) expected.get("validRangeEnd") + 1, length.validRangeEnd(),
                        "valid range end"),
                () -> assertEquals(280, length.max()));
    }

    @Test
    @SuppressWarnings("unchecked")
    void constantsAreThoseOfTwitterTextV3Configuration() {
        Map<String, Object> config = TwitterTextConformance.load(TwitterTextConformance.file("config/v3.json"));
        assertEquals(config.get("maxWeightedTweetLength"), XWeightedLength.MAX_WEIGHTED_LENGTH);
        assertEquals(config.get("scale"), XWeightedLength.SCALE);
        assertEquals(config.get("defaultWeight"), XWeightedLength.DEFAULT_WEIGHT);
        assertEquals(config.get("transformedURLLength"), XWeightedLength.TRANSFORMED_URL_LENGTH);
        assertEquals(true, config.get("emojiParsingEnabled"));
        List<Map<String, Object>> ranges = (List<Map<String, Object>>) config.get("ranges");
        assertEquals(ranges.size(), XWeightedLength.RANGES.length);
        for (int i = 0; i < ranges.size(); i++) {
            assertEquals(ranges.get(i).get("start"), XWeightedLength.RANGES[i][0]);
            assertEquals(ranges.get(i).get("end"), XWeightedLength.RANGES[i][1]);
            assertEquals(ranges.get(i).get("weight"), XWeightedLength.RANGES[i][2]);
        }
    }

    @Test
    void aDecomposedAccentCountsOnceAndTheRangeEndsInTheOriginalText() {
        String composed = "x".repeat(279) + "\u00E9" + "yz";
        String decomposed = "x".repeat(279) + "e\u0301" + "yz";
        PostLength fromComposed = PostLength.of(composed, Platform.X);
        PostLength fromDecomposed = PostLength.of(decomposed, Platform.X);
        assertEquals(282, fromComposed.weighted());
        assertEquals(282, fromDecomposed.weighted());
        assertEquals(280, fromComposed.validRangeEnd());
        assertEquals(281, fromDecomposed.validRangeEnd(), "the accent belongs to the last letter that fits");
    }

    @Test
    void blankTextHasNoLength() {
        assertEquals(new PostLength(0, 280, true, 3), PostLength.of(" \n ", Platform.X));
        assertEquals(new PostLength(0, 280, true, 0), PostLength.of("", Platform.X));
    }

    @Test
    void emojiSequencesWeighTwoWhateverTheirLength() {
        assertEquals(2, PostLength.of("\u2764\uFE0F\u200D\uD83D\uDD25", Platform.X).weighted(), "heart on fire");
        assertEquals(2, PostLength.of("\uD83C\uDDEB\uD83C\uDDEE", Platform.X).weighted(), "flag of Finland");
        assertEquals(2, PostLength.of("\u00A9\uFE0F", Platform.X).weighted(), "copyright as emoji");
        assertEquals(1, PostLength.of("\u00A9", Platform.X).weighted(), "copyright as text");
        assertEquals(4, PostLength.of("\u263A\uFE0E", Platform.X).weighted(), "smiley as text, then the selector");
    }
}
