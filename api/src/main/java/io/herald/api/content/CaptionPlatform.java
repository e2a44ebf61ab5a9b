package io.herald.api.content;

import java.util.Optional;

import io.herald.api.web.Choice;
import io.herald.common.platform.Platform;

/**
 * Which platform a suggested caption is written for: one of the {@link Platform}s, or {@code any}, which fits both. Not
 * a second list of platforms: each constant but {@code ANY} is a {@code Platform} ({@code ChoiceTest} holds the two
 * lists together), and captions are matched by it.
 */
public enum CaptionPlatform implements Choice {
    LINKEDIN(Platform.LINKEDIN),
    X(Platform.X),
    ANY(null);

    private final Platform platform;

    CaptionPlatform(Platform platform) {
        this.platform = platform;
    }

    /** The platform the caption is written for; empty when it is for any. */
    public Optional<Platform> platform() {
        return Optional.ofNullable(platform);
    }

    public boolean fits(Platform platform) {
        return this == ANY || this.platform == platform;
    }
}
