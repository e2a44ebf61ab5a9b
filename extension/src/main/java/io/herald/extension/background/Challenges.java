package io.herald.extension.background;

import io.herald.common.json.JsonArray;
import io.herald.common.json.JsonObject;
import io.herald.common.json.JsonValue;
import io.herald.extension.jso.Timers;
import java.util.ArrayList;
import java.util.List;

/**
 * This week's challenges for the person (the company's and their team's), from
 * {@code GET /api/v1/challenges/current}, read with the rule set and the feed and kept in storage under
 * {@code challenges}. A challenge is two or three items an admin picked for the week, with a short message; the
 * assistant and the popup show it and offer its items first. Nobody is told they did not take part.
 */
final class Challenges {

    static final String KEY = "challenges";

    private final Api api;
    private JsonArray stored = new JsonArray();

    Challenges(Api api) {
        this.api = api;
    }

    void load(Runnable done) {
        Store.read(KEY, value -> {
            stored = value != null && value.isArray() ? value.asArray() : new JsonArray();
            done.run();
        });
    }

    /** Reads this week's challenges again; keeps the stored ones when the API cannot be reached. */
    void refresh(Runnable done) {
        api.get("/api/v1/challenges/current", response -> {
            JsonValue challenges = response.ok() ? response.json().get("challenges") : null;
            if (challenges == null || !challenges.isArray()) {
                done.run();
                return;
            }
            stored = challenges.asArray();
            Store.write(KEY, stored, done);
        });
    }

    /** The challenges whose week includes today (stored ones of a past week are not shown), the team's first. */
    List<JsonObject> current() {
        String today = Timers.iso(Timers.now()).substring(0, 10);
        List<JsonObject> teams = new ArrayList<>();
        List<JsonObject> everyone = new ArrayList<>();
        for (JsonValue value : stored) {
            if (!value.isObject()) {
                continue;
            }
            JsonObject challenge = value.asObject();
            if (challenge.getString("weekStart", "").compareTo(today) <= 0
                && challenge.getString("weekEnd", "").compareTo(today) >= 0) {
                (challenge.get("teamId") != null && !challenge.get("teamId").isNull() ? teams : everyone)
                        .add(challenge);
            }
        }
        teams.addAll(everyone);
        return teams;
    }

    /** The items of the current challenges, in order, each once. */
    List<FeedItem> items() {
        List<FeedItem> items = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (JsonObject challenge : current()) {
            JsonValue list = challenge.get("items");
            if (list == null || !list.isArray()) {
                continue;
            }
            for (JsonValue item : list.asArray()) {
                if (item.isObject()) {
                    FeedItem read = FeedItem.read(item.asObject());
                    if (!read.id().isEmpty() && !seen.contains(read.id())) {
                        seen.add(read.id());
                        items.add(read);
                    }
                }
            }
        }
        return items;
    }

    /** What the assistant and the popup show: {@code {"message", "weekEnd", "itemIds"}}, or null. */
    JsonObject summary() {
        List<JsonObject> current = current();
        if (current.isEmpty()) {
            return null;
        }
        JsonObject first = current.get(0);
        JsonArray ids = new JsonArray();
        for (FeedItem item : items()) {
            ids.add(item.id());
        }
        return new JsonObject()
                .add("message", first.getString("message", ""))
                .add("weekEnd", first.getString("weekEnd", ""))
                .add("itemIds", ids);
    }

    void clear(Runnable done) {
        stored = new JsonArray();
        Store.delete(KEY, done);
    }
}
