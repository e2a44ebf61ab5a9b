package io.herald.api.content;

import io.herald.api.web.Choice;
import io.herald.common.platform.Platform;

/** Which platform a suggested caption is written for; {@code any} fits both. */
public enum CaptionPlatform implements Choice {
    LINKEDIN,
    X,
    ANY;

    public boolean fits(Platform platform) {
        return this == ANY || id().equals(platform.id());
    }
}
