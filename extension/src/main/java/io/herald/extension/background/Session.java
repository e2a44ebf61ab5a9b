package io.herald.extension.background;

import io.herald.common.json.JsonObject;
import io.herald.common.json.JsonValue;
import io.herald.extension.jso.Fetch;
import io.herald.extension.jso.Timers;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Who is signed in, and their tokens, in {@code chrome.storage.local} under {@code session}:
 * {@code {"server", "user", "accessToken", "accessExpiresAt", "refreshToken"}}. Only the background reads it.
 *
 * <p>Access tokens live 15 minutes; a call that needs one past that refreshes first. One refresh at a time: callers
 * that need a token meanwhile wait for the same refresh, because the API rotates refresh tokens and treats a second
 * use of one as theft (it revokes the whole sign-in). The rotated token is stored before anyone gets the new access
 * token.
 */
final class Session {

    static final String KEY = "session";
    /** Refresh this long before the access token expires, so a call never starts with a token about to lapse. */
    private static final double EARLY_MS = 30_000;
    private static final int TIMEOUT_MS = 15_000;

    private JsonObject state = new JsonObject();
    private final List<Consumer<String>> waiting = new ArrayList<>();
    private boolean refreshing;
    private String lastRefreshProblem = "";

    void load(Runnable done) {
        Store.read(KEY, value -> {
            state = value != null && value.isObject() ? value.asObject() : new JsonObject();
            done.run();
        });
    }

    boolean signedIn() {
        return !text("refreshToken").isEmpty();
    }

    /** The server's address, kept after signing out so the options page can offer it again. */
    String server() {
        return text("server");
    }

    /** The signed-in person as the API describes them ({@code User}), or an empty object. */
    JsonObject user() {
        JsonValue user = state.get("user");
        return user != null && user.isObject() ? user.asObject() : new JsonObject();
    }

    /** Redeems an invite or sign-in code; calls back with the problem, or null when signed in. */
    void signIn(String server, String code, String displayName, Consumer<String> done) {
        JsonObject redeem = new JsonObject().add("code", code).add("displayName", displayName);
        Fetch.fetch("POST", server + "/api/v1/auth/redeem", Api.JSON_HEADERS, redeem.toString(), TIMEOUT_MS,
                (status, body, etag, retryAfter) -> {
                    Response response = new Response(status, body, etag, retryAfter);
                    if (!response.ok()) {
                        done.accept(status == 0 ? Problems.UNREACHABLE + " (" + server + ")" : response.problem());
                        return;
                    }
                    state = new JsonObject().add("server", server);
                    adopt(response.json(), () -> done.accept(null));
                });
    }

    /** Revokes the sign-in on the server (when it can be reached) and forgets the tokens here. */
    void signOut(Runnable done) {
        String refreshToken = text("refreshToken");
        String server = server();
        JsonObject kept = new JsonObject().add("server", server);
        state = kept;
        Store.write(KEY, kept, done);
        if (!refreshToken.isEmpty()) {
            Fetch.fetch("POST", server + "/api/v1/auth/logout", Api.JSON_HEADERS,
                    new JsonObject().add("refreshToken", refreshToken).toString(), TIMEOUT_MS,
                    (status, body, etag, retryAfter) -> { });
        }
    }

    /** A valid access token, or null when there is none to be had (signed out, or the server cannot be reached). */
    void accessToken(Consumer<String> callback) {
        if (!signedIn()) {
            callback.accept(null);
            return;
        }
        String token = text("accessToken");
        if (!token.isEmpty() && Timers.now() < state.getDouble("accessExpiresAt", 0) - EARLY_MS) {
            callback.accept(token);
            return;
        }
        refresh(callback);
    }

    /** Refreshes now, whatever the access token's age: the API refused it (a deactivation, a key rotation). */
    void refresh(Consumer<String> callback) {
        waiting.add(callback);
        if (refreshing) {
            return;
        }
        refreshing = true;
        String server = server();
        Fetch.fetch("POST", server + "/api/v1/auth/refresh", Api.JSON_HEADERS,
                new JsonObject().add("refreshToken", text("refreshToken")).toString(), TIMEOUT_MS,
                (status, body, etag, retryAfter) -> {
                    Response response = new Response(status, body, etag, retryAfter);
                    if (response.ok()) {
                        adopt(response.json(), () -> release(text("accessToken")));
                    } else if (status == 400 || status == 401) {
                        // Used, revoked or expired: this sign-in is over. The server and the name stay for the form.
                        lastRefreshProblem = Problems.SIGNED_OUT;
                        state.remove("accessToken");
                        state.remove("refreshToken");
                        state.remove("accessExpiresAt");
                        Store.write(KEY, state, () -> release(null));
                    } else {
                        lastRefreshProblem = response.problem();
                        release(null);
                    }
                });
    }

    /** Why the last refresh gave no token. */
    String refreshProblem() {
        return signedIn() ? lastRefreshProblem : Problems.SIGNED_OUT;
    }

    private void adopt(JsonObject session, Runnable stored) {
        double lifetimeMs = session.getDouble("expiresIn", 900) * 1000;
        state.set("accessToken", session.getString("accessToken", ""));
        state.set("refreshToken", session.getString("refreshToken", ""));
        state.set("accessExpiresAt", Timers.now() + lifetimeMs);
        JsonValue user = session.get("user");
        if (user != null && user.isObject()) {
            state.set("user", user);
        }
        Store.write(KEY, state, stored);
    }

    private void release(String token) {
        refreshing = false;
        List<Consumer<String>> callbacks = new ArrayList<>(waiting);
        waiting.clear();
        for (Consumer<String> callback : callbacks) {
            callback.accept(token);
        }
    }

    private String text(String name) {
        return state.getString(name, "");
    }
}
