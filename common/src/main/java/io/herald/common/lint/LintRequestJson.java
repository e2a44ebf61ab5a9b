package io.herald.common.lint;

import io.herald.common.json.JsonArray;
import io.herald.common.json.JsonObject;
import io.herald.common.json.JsonValue;
import io.herald.common.platform.Platform;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A {@link LintRequest} as JSON, for what passes requests as text: the golden test cases, and messages between the
 * browser extension's parts.
 *
 * <pre>{@code
 * {"text": "...", "platform": "x", "language": "fi",
 *  "item": {"url": "https://...", "captions": ["..."], "trackedLink": "https://go.example.com/a1"},
 *  "approvedUrls": ["..."], "retiredUrls": ["..."], "trackedLinks": ["https://go.example.com/"]}
 * }</pre>
 * Only {@code text} and {@code platform} are required; {@code language} defaults to {@code en}.
 */
public final class LintRequestJson {

    private LintRequestJson() {
    }

    /** Reads a request; a missing or malformed field is an {@link IllegalArgumentException} naming it. */
    public static LintRequest read(JsonObject json) {
        String text = string(json, "text").orElseThrow(() -> missing("text"));
        String platformId = string(json, "platform").orElseThrow(() -> missing("platform"));
        Platform platform = Platform.fromId(platformId)
                .orElseThrow(() -> new IllegalArgumentException("unknown platform \"" + platformId + "\""));
        LintRequest.Builder builder = LintRequest.builder(text, platform)
                .language(string(json, "language").orElse(Languages.FALLBACK))
                .approvedUrls(strings(json, "approvedUrls"))
                .retiredUrls(strings(json, "retiredUrls"))
                .trackedLinks(strings(json, "trackedLinks"));
        JsonValue item = json.get("item");
        if (item != null && !item.isNull()) {
            if (!item.isObject()) {
                throw new IllegalArgumentException("\"item\" must be an object");
            }
            JsonObject itemJson = item.asObject();
            builder.item(new SharedItem(string(itemJson, "url"), strings(itemJson, "captions"),
                    string(itemJson, "trackedLink")));
        }
        return builder.build();
    }

    public static JsonObject write(LintRequest request) {
        JsonObject json = new JsonObject();
        json.add("text", request.text());
        json.add("platform", request.platform().id());
        json.add("language", request.language());
        request.item().ifPresent(item -> {
            JsonObject itemJson = new JsonObject();
            item.url().ifPresent(url -> itemJson.add("url", url));
            itemJson.add("captions", array(item.captions()));
            item.trackedLink().ifPresent(link -> itemJson.add("trackedLink", link));
            json.add("item", itemJson);
        });
        json.add("approvedUrls", array(request.approvedUrls()));
        json.add("retiredUrls", array(request.retiredUrls()));
        json.add("trackedLinks", array(request.trackedLinks()));
        return json;
    }

    private static Optional<String> string(JsonObject json, String name) {
        JsonValue value = json.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isString()) {
            throw new IllegalArgumentException("\"" + name + "\" must be a string");
        }
        return Optional.of(value.asString());
    }

    private static List<String> strings(JsonObject json, String name) {
        JsonValue value = json.get(name);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new IllegalArgumentException("\"" + name + "\" must be a list of strings");
        }
        List<String> strings = new ArrayList<>();
        for (JsonValue item : value.asArray()) {
            if (!item.isString()) {
                throw new IllegalArgumentException("\"" + name + "\" must be a list of strings");
            }
            strings.add(item.asString());
        }
        return strings;
    }

    private static JsonArray array(List<String> strings) {
        JsonArray array = new JsonArray();
        strings.forEach(array::add);
        return array;
    }

    private static IllegalArgumentException missing(String name) {
        return new IllegalArgumentException("\"" + name + "\" is required");
    }
}
