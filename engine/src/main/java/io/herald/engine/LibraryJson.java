package io.herald.engine;

import io.herald.common.json.Json;
import io.herald.common.json.JsonArray;
import io.herald.common.json.JsonObject;
import io.herald.common.json.JsonValue;
import io.herald.common.json.ParseException;
import io.herald.common.rank.RankDocument;
import io.herald.common.rank.RankHit;
import io.herald.common.text.JsonText;
import io.herald.common.text.TextBuilder;
import java.util.ArrayList;
import java.util.List;

/**
 * The library for ranking, as JSON: {@code [{"id", "title", "summary", "captions": [...], "topics": [...]}, ...]}
 * with only {@code id} required; and ranked hits: {@code [{"id", "score"}, ...]}, best first.
 */
final class LibraryJson {

    private LibraryJson() {
    }

    /** The documents of a library; malformed JSON or a missing id is an {@link IllegalArgumentException}. */
    static List<RankDocument> read(String json) {
        JsonValue root;
        try {
            root = Json.parse(json);
        } catch (ParseException e) {
            throw new IllegalArgumentException("the library is not valid JSON: " + e.getMessage());
        }
        if (!root.isArray()) {
            throw new IllegalArgumentException("the library must be a JSON list of items");
        }
        List<RankDocument> documents = new ArrayList<>();
        JsonArray items = root.asArray();
        for (int i = 0; i < items.size(); i++) {
            if (!items.get(i).isObject()) {
                throw new IllegalArgumentException("library item " + i + " must be a JSON object");
            }
            JsonObject item = items.get(i).asObject();
            JsonValue id = item.get("id");
            if (id == null || !id.isString()) {
                throw new IllegalArgumentException("library item " + i + " needs a string \"id\"");
            }
            documents.add(new RankDocument(id.asString(), item.getString("title", ""), item.getString("summary", ""),
                    strings(item, "captions", i), strings(item, "topics", i)));
        }
        return documents;
    }

    private static List<String> strings(JsonObject item, String name, int index) {
        JsonValue value = item.get(name);
        List<String> strings = new ArrayList<>();
        if (value == null || value.isNull()) {
            return strings;
        }
        if (!value.isArray()) {
            throw new IllegalArgumentException("library item " + index + ": \"" + name + "\" must be a list");
        }
        for (JsonValue text : value.asArray()) {
            if (!text.isString()) {
                throw new IllegalArgumentException("library item " + index + ": \"" + name + "\" must hold strings");
            }
            strings.add(text.asString());
        }
        return strings;
    }

    /**
     * The hits as {@code io.herald.common.json} writes the same array, written straight into a {@link TextBuilder}:
     * in the browser a tree of JSON values and TeaVM's {@code Double.toString} (in emulated 64-bit integers)
     * allocated more per keystroke than the ranking itself.
     */
    static String write(List<RankHit> hits) {
        TextBuilder out = TextBuilder.create(2 + 40 * hits.size());
        out.append('[');
        for (int i = 0; i < hits.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append("{\"id\":\"");
            JsonText.content(out, hits.get(i).id());
            out.append("\",\"score\":").append(hits.get(i).score()).append('}');
        }
        return out.append(']').build();
    }
}
