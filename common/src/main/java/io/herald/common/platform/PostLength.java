package io.herald.common.platform;

/**
 * How long a draft is for a platform, and how much of it fits.
 *
 * @param weighted      the length in the platform's unit: X's weighted length (most letters 1, CJK and emoji 2,
 *                      every link 23) or LinkedIn's characters
 * @param max           the platform's limit in the same unit
 * @param valid         whether the platform accepts the length (for X also: no character X refuses, such as U+FFFF)
 * @param validRangeEnd the UTF-16 offset, exclusive, up to which the draft is within the limit; the rest is what an
 *                      editor should mark as over
 */
public record PostLength(int weighted, int max, boolean valid, int validRangeEnd) {

    /** Measures {@code text} as {@code platform} does. */
    public static PostLength of(String text, Platform platform) {
        return of(PlatformText.of(text), platform);
    }

    /** Measures {@code text} as {@code platform} does, sharing its normalisation and link scan with {@link Urls}. */
    public static PostLength of(PlatformText text, Platform platform) {
        return switch (platform) {
            case X -> XWeightedLength.of(text);
            case LINKEDIN -> LinkedInLength.of(text);
        };
    }
}
