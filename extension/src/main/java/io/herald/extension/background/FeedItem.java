package io.herald.extension.background;

import io.herald.common.json.JsonArray;
import io.herald.common.json.JsonObject;
import io.herald.common.json.JsonValue;
import io.herald.common.rank.RankDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An approved item the signed-in person may share, as {@code GET /api/v1/feed} describes it, with the choices the
 * assistant makes about it: which caption to offer for a platform and language, and the text to insert.
 */
record FeedItem(String id, String title, String summary, String canonicalUrl, String imageUrl, boolean featured,
                String kind, List<Caption> captions, List<String> topics) {

    record Caption(String text, String platform, String language) {

        boolean fits(String wanted) {
            return platform.equals("any") || platform.equals(wanted);
        }
    }

    static FeedItem read(JsonObject json) {
        List<Caption> captions = new ArrayList<>();
        for (JsonValue value : array(json, "captions")) {
            if (value.isObject()) {
                JsonObject caption = value.asObject();
                captions.add(new Caption(caption.getString("text", ""), caption.getString("platform", "any"),
                        caption.getString("language", "en")));
            }
        }
        List<String> topics = new ArrayList<>();
        for (JsonValue value : array(json, "topics")) {
            if (value.isString()) {
                topics.add(value.asString());
            }
        }
        return new FeedItem(json.getString("id", ""), json.getString("title", ""), json.getString("summary", ""),
                json.getString("canonicalUrl", ""), json.getString("imageUrl", ""),
                json.getBoolean("featured", false), json.getString("kind", "value"), captions, topics);
    }

    private static JsonArray array(JsonObject json, String name) {
        JsonValue value = json.get(name);
        return value != null && value.isArray() ? value.asArray() : new JsonArray();
    }

    /** What ranking reads of the item. */
    RankDocument document() {
        List<String> texts = new ArrayList<>();
        for (Caption caption : captions) {
            texts.add(caption.text());
        }
        return new RankDocument(id, title, summary, texts, topics);
    }

    /** The captions meant for {@code platform} (or for any), which own words are measured against. */
    List<String> captionsFor(String platform) {
        List<String> texts = new ArrayList<>();
        for (Caption caption : captions) {
            if (caption.fits(platform)) {
                texts.add(caption.text());
            }
        }
        return texts;
    }

    /**
     * The caption to offer on {@code platform} to someone writing in {@code language}: the same language, then the
     * same primary language ({@code en} for {@code en-GB}), then English, then any caption for the platform. Empty
     * when the item has none for the platform.
     */
    String caption(String platform, String language) {
        String wanted = language.toLowerCase(Locale.ROOT);
        String primary = wanted.contains("-") ? wanted.substring(0, wanted.indexOf('-')) : wanted;
        Caption best = null;
        int bestScore = -1;
        for (Caption caption : captions) {
            if (!caption.fits(platform)) {
                continue;
            }
            String tag = caption.language().toLowerCase(Locale.ROOT);
            String captionPrimary = tag.contains("-") ? tag.substring(0, tag.indexOf('-')) : tag;
            int score = tag.equals(wanted) ? 4 : captionPrimary.equals(primary) ? 3 : captionPrimary.equals("en") ? 2 : 1;
            // Of two captions that fit as well, the one for this platform beats the one for any platform.
            score = score * 2 + (caption.platform().equals(platform) ? 1 : 0);
            if (score > bestScore) {
                best = caption;
                bestScore = score;
            }
        }
        return best == null ? "" : best.text();
    }

    /**
     * The post to insert: the caption with the tracked link in place of the item's own address, or after it (on its
     * own line on LinkedIn, after a space on X); the title when there is no caption for the platform.
     */
    String post(String platform, String language, String trackedLink) {
        String text = caption(platform, language);
        if (text.isEmpty()) {
            text = title;
        }
        if (!canonicalUrl.isEmpty() && text.contains(canonicalUrl)) {
            return text.replace(canonicalUrl, trackedLink);
        }
        String separator = text.isEmpty() ? "" : platform.equals("linkedin") ? "\n\n" : " ";
        return text + separator + trackedLink;
    }

    /** The item as the assistant and the popup show it: no token, no internal field. */
    JsonObject view(String platform, String language) {
        return new JsonObject()
                .add("id", id)
                .add("title", title)
                .add("summary", summary)
                .add("canonicalUrl", canonicalUrl)
                .add("imageUrl", imageUrl)
                .add("featured", featured)
                .add("caption", caption(platform, language));
    }
}
