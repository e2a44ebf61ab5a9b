package io.herald.extension.background;

import io.herald.common.json.JsonObject;
import io.herald.common.json.JsonValue;
import io.herald.extension.jso.Timers;

/**
 * The balance of the person's recent shares between giving (news, stories, help: {@code value} items) and asking
 * (recruiting, sales: {@code ask} items), from {@code GET /api/v1/me/stats} for the last 30 days, read with the rule
 * set and the feed and kept in storage under {@code stats}. Programmes aim at several value shares per ask; the
 * assistant's hint appears when the person's asks outnumber what they gave, with at least two asks, and says so as
 * encouragement (it never ranks anyone).
 */
final class GiveToAsk {

    static final String KEY = "stats";
    private static final long DAY_MS = 24L * 60 * 60 * 1000;

    private final Api api;
    private long value;
    private long ask;

    GiveToAsk(Api api) {
        this.api = api;
    }

    void load(Runnable done) {
        Store.read(KEY, stored -> {
            adopt(stored);
            done.run();
        });
    }

    /** Reads the last 30 days' balance again; keeps the stored one when the API cannot be reached. */
    void refresh(Runnable done) {
        String to = Timers.iso(Timers.now()).substring(0, 10);
        String from = Timers.iso(Timers.now() - 29 * DAY_MS).substring(0, 10);
        api.get("/api/v1/me/stats?from=" + from + "&to=" + to, response -> {
            JsonValue balance = response.ok() ? response.json().get("giveToAsk") : null;
            if (balance == null || !balance.isObject()) {
                done.run();
                return;
            }
            adopt(balance);
            Store.write(KEY, balance, done);
        });
    }

    private void adopt(JsonValue balance) {
        JsonObject object = balance != null && balance.isObject() ? balance.asObject() : new JsonObject();
        value = object.getLong("value", 0);
        ask = object.getLong("ask", 0);
    }

    /** Whether the hint should show: recent shares lean to asks. */
    boolean leansToAsks() {
        return leansToAsks(value, ask);
    }

    static boolean leansToAsks(long value, long ask) {
        return ask >= 2 && ask > value;
    }

    void clear(Runnable done) {
        value = 0;
        ask = 0;
        Store.delete(KEY, done);
    }
}
