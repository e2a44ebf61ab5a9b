package io.herald.extension.background;

import io.herald.common.json.JsonArray;
import io.herald.common.json.JsonObject;
import io.herald.common.json.JsonValue;
import io.herald.extension.jso.Alarms;
import io.herald.extension.jso.Timers;
import java.util.function.Supplier;

/**
 * Share reports waiting to reach the API, in storage under {@code shares}: {@code {"pending": [...], "delivered",
 * "dropped"}}. A report is stored before it is sent and removed only when the API has recorded it, so it survives
 * the worker being stopped, the browser being closed, the network or the server being down and an expired sign-in.
 * It is never recorded twice: each carries an id made once per post, and the API answers a repeat of an id it has
 * recorded with the same share ({@code POST /api/v1/shares} is idempotent on it).
 *
 * <p>Failed sends are retried with exponential backoff ({@link Backoff}), by a timer while the worker runs and by an
 * alarm when the browser stopped it; and at once when the browser starts, when someone signs in, and after any other
 * call to the API succeeded. A report the API refuses for good (a 4xx other than 401, 408 and 429) is dropped and
 * counted: retrying cannot change the answer.
 */
final class ShareQueue {

    static final String KEY = "shares";
    static final String ALARM = "herald-shares";

    private final Api api;
    private final Supplier<String> currentUser;
    private JsonObject state = emptyState();
    private boolean sending;
    private boolean sendAgain;
    private int timer = -1;

    ShareQueue(Api api, Supplier<String> currentUser) {
        this.api = api;
        this.currentUser = currentUser;
    }

    private static JsonObject emptyState() {
        return new JsonObject().add("pending", new JsonArray()).add("delivered", 0).add("dropped", 0);
    }

    void load(Runnable done) {
        Store.read(KEY, value -> {
            state = value != null && value.isObject() ? value.asObject() : emptyState();
            done.run();
        });
    }

    /** Stores a report ({@code POST /api/v1/shares}'s body) for the signed-in person, then tries to send it. */
    void add(JsonObject share, Runnable stored) {
        JsonObject entry = new JsonObject()
                .add("share", share)
                .add("userId", currentUser.get())
                .add("attempts", 0)
                .add("nextAt", 0);
        for (JsonValue pending : pending()) {
            if (pending.asObject().get("share").asObject().getString("id", "").equals(share.getString("id", ""))) {
                stored.run();
                return;
            }
        }
        pending().add(entry);
        Store.write(KEY, state, () -> {
            stored.run();
            flush();
        });
    }

    int pendingCount() {
        return pending().size();
    }

    JsonObject status() {
        return new JsonObject()
                .add("pending", pendingCount())
                .add("delivered", state.getInt("delivered", 0))
                .add("dropped", state.getInt("dropped", 0));
    }

    /** Sends every report that is due, one at a time. */
    void flush() {
        if (sending) {
            sendAgain = true;
            return;
        }
        sending = true;
        sendNext();
    }

    /** Sends the due reports now, whatever their backoff: the browser started, someone signed in, a call succeeded. */
    void flushNow() {
        for (JsonValue entry : pending()) {
            entry.asObject().set("nextAt", 0);
        }
        flush();
    }

    private void sendNext() {
        JsonObject entry = firstDue();
        if (entry == null) {
            sending = false;
            if (sendAgain) {
                sendAgain = false;
                flush();
            } else {
                schedule();
            }
            return;
        }
        if (!entry.getString("userId", "").equals(currentUser.get())) {
            // Someone else signed in since the post was made: their sign-in must not report it.
            if (currentUser.get().isEmpty()) {
                pause();
                return;
            }
            settle(entry, "dropped");
            return;
        }
        api.post("/api/v1/shares", entry.get("share"), response -> {
            int status = response.status();
            if (response.ok()) {
                settle(entry, "delivered");
            } else if (status == 401) {
                pause();
            } else if (status >= 400 && status < 500 && status != 408 && status != 429) {
                settle(entry, "dropped");
            } else {
                int attempts = entry.getInt("attempts", 0) + 1;
                entry.set("attempts", attempts);
                entry.set("nextAt", Timers.now() + Backoff.delayMs(attempts, response.retryAfter(), Math.random()));
                Store.write(KEY, state, this::pause);
            }
        });
    }

    /** Stops sending until the next flush (signed out, or waiting for a retry). */
    private void pause() {
        sending = false;
        sendAgain = false;
        schedule();
    }

    private void settle(JsonObject entry, String counter) {
        JsonArray remaining = new JsonArray();
        for (JsonValue other : pending()) {
            if (other != entry) {
                remaining.add(other);
            }
        }
        state.set("pending", remaining);
        state.set(counter, state.getInt(counter, 0) + 1);
        Store.write(KEY, state, this::sendNext);
    }

    private JsonObject firstDue() {
        double now = Timers.now();
        for (JsonValue entry : pending()) {
            if (entry.asObject().getDouble("nextAt", 0) <= now) {
                return entry.asObject();
            }
        }
        return null;
    }

    /** A timer for the next due report while the worker runs, and an alarm in case the browser stops it. */
    private void schedule() {
        if (timer >= 0) {
            Timers.cancel(timer);
            timer = -1;
        }
        if (pending().isEmpty() || currentUser.get().isEmpty()) {
            Alarms.clear(ALARM);
            return;
        }
        double next = Double.MAX_VALUE;
        for (JsonValue entry : pending()) {
            next = Math.min(next, entry.asObject().getDouble("nextAt", 0));
        }
        int delay = (int) Math.max(0, Math.min(next - Timers.now(), Backoff.MAX_MS));
        timer = Timers.later(() -> {
            timer = -1;
            flush();
        }, delay);
        Alarms.once(ALARM, Math.max(0.5, delay / 60_000.0));
    }

    private JsonArray pending() {
        JsonValue pending = state.get("pending");
        if (pending == null || !pending.isArray()) {
            pending = new JsonArray();
            state.set("pending", pending);
        }
        return pending.asArray();
    }
}
