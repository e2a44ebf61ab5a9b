package io.herald.extension.product;

import io.herald.common.json.Json;
import io.herald.common.json.JsonArray;
import io.herald.common.json.JsonObject;
import io.herald.common.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A company's library for the extension benchmark: the engine benchmark's generated items (titles, summaries, one to
 * three captions and topics in four languages, {@code Workload.libraryJson()}), published through the API as an
 * admin would, each with its own address; every 25th is featured.
 */
final class PublishedLibrary {

    /** Requests at once: the API and its embedded database take them faster together than one by one. */
    private static final int PARALLEL = 4;

    private final JsonArray items;

    PublishedLibrary(String libraryJson) {
        this.items = Json.parse(libraryJson).asArray();
    }

    static String url(int index) {
        return "https://news.example.com/library/item-" + index;
    }

    /** Publishes items {@code from} (inclusive) to {@code to} (exclusive); returns their addresses in that order. */
    List<String> publish(Admin admin, int from, int to) {
        if (to > items.size()) {
            throw new IllegalArgumentException("the workload has " + items.size() + " items, not " + to);
        }
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = from; i < to; i++) {
                JsonObject item = request(i, items.get(i).asObject());
                done.add(pool.submit(() -> admin.call("POST", "/api/v1/content", item, 201)));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing the library", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("publishing the library failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        List<String> urls = new ArrayList<>();
        for (int i = from; i < to; i++) {
            urls.add(url(i));
        }
        return urls;
    }

    private static JsonObject request(int index, JsonObject generated) {
        JsonArray captions = new JsonArray();
        for (JsonValue caption : generated.get("captions").asArray()) {
            captions.add(new JsonObject().add("text", caption.asString()).add("platform", "any").add("language", "en"));
        }
        return new JsonObject()
                .add("title", generated.getString("title", ""))
                .add("canonicalUrl", url(index))
                .add("summary", generated.getString("summary", ""))
                .add("status", "published")
                .add("featured", index % 25 == 0)
                .add("captions", captions)
                .add("topics", generated.get("topics"));
    }
}
