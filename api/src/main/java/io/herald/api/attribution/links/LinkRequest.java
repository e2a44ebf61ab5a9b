package io.herald.api.attribution.links;

import io.herald.api.web.Fields;
import io.herald.common.platform.Platform;

/** {@code POST /api/v1/links}: the content item and the platform the link is for. */
public record LinkRequest(String contentId, Platform platform) {
    public LinkRequest {
        contentId = Fields.text("contentId", contentId, 36);
        Fields.required("platform", platform);
    }
}
