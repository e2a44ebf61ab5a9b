package io.herald.api.content;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.herald.api.web.Json;

/** Request bodies for content tests: a valid item to start from, changed field by field. */
final class ContentJson {
    private ContentJson() {
    }

    /** A valid published item open to everyone, with an English LinkedIn caption and a Finnish one for any platform. */
    static ObjectNode published(String title) {
        ObjectNode item = Json.MAPPER.createObjectNode()
                .put("title", title)
                .put("canonicalUrl", "https://example.com/news/" + Slugs.fromTitle(title))
                .put("summary", "What " + title + " is about.")
                .put("status", "published");
        item.putArray("captions").add(caption("Proud of this: " + title, "linkedin", "en"))
                .add(caption("Katso tämä: " + title, "any", "fi"));
        item.putArray("topics").add("Engineering");
        item.putArray("hashtags").add("#Herald");
        return item;
    }

    static ObjectNode caption(String text, String platform, String language) {
        return Json.MAPPER.createObjectNode().put("text", text).put("platform", platform).put("language", language);
    }
}
