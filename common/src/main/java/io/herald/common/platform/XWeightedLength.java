package io.herald.common.platform;

import io.herald.common.text.NormalizedText;
import java.util.List;

/**
 * X's weighted post length, as twitter-text's {@code TwitterTextParser.parseTweet} computes it with the v3
 * configuration: the text in NFC, each link 23, each emoji sequence one default weight, every other code point weighed
 * by the range it falls in. The configuration is fixed here rather than read, as it has not changed since 2018;
 * {@code XWeightedLengthTest} checks these numbers against twitter-text's {@code config/v3.json}.
 */
final class XWeightedLength {

    static final int MAX_WEIGHTED_LENGTH = 280;
    static final int SCALE = 100;
    static final int DEFAULT_WEIGHT = 200;
    static final int TRANSFORMED_URL_LENGTH = 23;
    /** v3's ranges as {first, last, weight}: Latin to Georgian, and the spaces, dashes and quotes of U+2000. */
    static final int[][] RANGES = {
        {0, 4351, 100},
        {8192, 8205, 100},
        {8208, 8223, 100},
        {8242, 8247, 100},
    };

    private XWeightedLength() {
    }

    static PostLength of(PlatformText shared) {
        String text = shared.original();
        if (isBlank(text)) {
            // twitter-text gives a blank post no length; the length rule has nothing to say about it either.
            return new PostLength(0, MAX_WEIGHTED_LENGTH, true, text.length());
        }
        NormalizedText normalized = shared.normalized();
        String nfc = normalized.text();
        List<UrlSpan> urls = shared.nfcUrls();
        int scaledMax = MAX_WEIGHTED_LENGTH * SCALE;
        int weight = 0;
        boolean invalidCharacter = false;
        int offset = 0;
        int validOffset = 0;
        int nextUrl = 0;
        while (offset < nfc.length()) {
            while (nextUrl < urls.size() && urls.get(nextUrl).start() < offset) {
                nextUrl++;
            }
            int step;
            if (nextUrl < urls.size() && urls.get(nextUrl).start() == offset) {
                UrlSpan url = urls.get(nextUrl++);
                weight += TRANSFORMED_URL_LENGTH * SCALE;
                step = url.end() - url.start();
            } else {
                int emoji = Emoji.lengthAt(nfc, offset);
                int codePoint = nfc.codePointAt(offset);
                if (emoji > 0) {
                    weight += DEFAULT_WEIGHT;
                    step = emoji;
                } else {
                    weight += weightOf(codePoint);
                    step = Character.charCount(codePoint);
                }
                invalidCharacter |= isInvalid(nfc.charAt(offset));
            }
            offset += step;
            // twitter-text keeps extending the valid range over links after an invalid character; the range here stops
            // at the first character X refuses, which is where an editor should start marking.
            if (!invalidCharacter && weight <= scaledMax && validOffset == offset - step) {
                validOffset = offset;
            }
        }
        int weighted = weight / SCALE;
        return new PostLength(weighted, MAX_WEIGHTED_LENGTH, !invalidCharacter && weighted <= MAX_WEIGHTED_LENGTH,
                normalized.originalOffset(validOffset));
    }

    private static int weightOf(int codePoint) {
        for (int[] range : RANGES) {
            if (codePoint >= range[0] && codePoint <= range[1]) {
                return range[2];
            }
        }
        return DEFAULT_WEIGHT;
    }

    /** twitter-text's INVALID_CHARACTERS: byte order marks and U+FFFF. */
    private static boolean isInvalid(char unit) {
        return unit == '\uFFFE' || unit == '\uFEFF' || unit == '\uFFFF';
    }

    /** {@code String.trim().isEmpty()}: only characters up to U+0020. */
    private static boolean isBlank(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > ' ') {
                return false;
            }
        }
        return true;
    }
}
