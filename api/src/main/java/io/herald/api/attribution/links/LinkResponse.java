package io.herald.api.attribution.links;

import java.time.Instant;

import io.herald.common.platform.Platform;

/** A link as its employee sees it: the code and the full URL to put in a post. */
public record LinkResponse(String code, String url, String contentId, Platform platform, Instant createdAt) {
    static LinkResponse of(Link link, String publicUrl) {
        return new LinkResponse(link.code(), publicUrl + "/r/" + link.code(), link.contentId(), link.platform(),
                                link.createdAt());
    }
}
