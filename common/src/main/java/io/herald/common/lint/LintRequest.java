package io.herald.common.lint;

import io.herald.common.platform.Platform;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A draft and what the engine needs to know around it. Build one with {@link #builder(String, Platform)}.
 *
 * @param text         the draft as the editor holds it; findings give UTF-16 offsets into it
 * @param platform     where it will be posted (length limit, platform-specific rules)
 * @param language     the employee's language for messages (a tag such as {@code fi} or {@code nb-NO}; see
 *                     {@link Languages#resolve})
 * @param item         the approved item being shared, if any
 * @param approvedUrls canonical URLs of the company's approved items: a draft containing one shares company content
 * @param retiredUrls  URLs of archived or expired items, which should no longer be shared
 * @param trackedLinks tracked links, or their common prefixes (such as {@code https://go.example.com/}), that mark
 *                     a URL as company content whoever's link it is
 */
public record LintRequest(
        String text,
        Platform platform,
        String language,
        Optional<SharedItem> item,
        List<String> approvedUrls,
        List<String> retiredUrls,
        List<String> trackedLinks) {

    public LintRequest {
        if (text == null || platform == null || language == null) {
            throw new IllegalArgumentException("text, platform and language are required");
        }
        approvedUrls = List.copyOf(approvedUrls);
        retiredUrls = List.copyOf(retiredUrls);
        trackedLinks = List.copyOf(trackedLinks);
    }

    public static Builder builder(String text, Platform platform) {
        return new Builder(text, platform);
    }

    /** Captions of the shared item, or none. */
    public List<String> captions() {
        return item.map(SharedItem::captions).orElse(List.of());
    }

    /** Collects the optional parts of a request; language defaults to English. */
    public static final class Builder {
        private final String text;
        private final Platform platform;
        private String language = Languages.FALLBACK;
        private Optional<SharedItem> item = Optional.empty();
        private final List<String> approvedUrls = new ArrayList<>();
        private final List<String> retiredUrls = new ArrayList<>();
        private final List<String> trackedLinks = new ArrayList<>();

        private Builder(String text, Platform platform) {
            this.text = text;
            this.platform = platform;
        }

        public Builder language(String language) {
            this.language = language;
            return this;
        }

        public Builder item(SharedItem item) {
            this.item = Optional.of(item);
            return this;
        }

        public Builder approvedUrls(List<String> urls) {
            approvedUrls.addAll(urls);
            return this;
        }

        public Builder retiredUrls(List<String> urls) {
            retiredUrls.addAll(urls);
            return this;
        }

        public Builder trackedLinks(List<String> links) {
            trackedLinks.addAll(links);
            return this;
        }

        public LintRequest build() {
            return new LintRequest(text, platform, language, item, approvedUrls, retiredUrls, trackedLinks);
        }
    }
}
