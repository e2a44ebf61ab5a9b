package io.herald.extension.background;

import io.herald.common.json.JsonObject;
import io.herald.common.json.JsonValue;
import io.herald.extension.jso.Fetch;
import java.util.function.Consumer;

/**
 * Calls to the Herald API with the signed-in person's access token. A 401 refreshes the token once and tries again
 * (a token can be refused before it expires: keys rotated, the person's role changed); signed out, calls fail with 401
 * without being sent.
 */
final class Api {

    static final String JSON_HEADERS = "{\"Content-Type\":\"application/json\",\"Accept\":\"application/json\"}";
    private static final int TIMEOUT_MS = 20_000;

    private final Session session;

    Api(Session session) {
        this.session = session;
    }

    void get(String path, Consumer<Response> answer) {
        call("GET", path, null, "", answer);
    }

    /** A conditional GET: 304 when the resource still has {@code etag}. */
    void get(String path, String etag, Consumer<Response> answer) {
        call("GET", path, null, etag, answer);
    }

    void post(String path, JsonValue body, Consumer<Response> answer) {
        call("POST", path, body, "", answer);
    }

    void put(String path, JsonValue body, Consumer<Response> answer) {
        call("PUT", path, body, "", answer);
    }

    private void call(String method, String path, JsonValue body, String etag, Consumer<Response> answer) {
        session.accessToken(token -> {
            if (token == null) {
                answer.accept(Response.failure(session.signedIn() ? 0 : 401, session.refreshProblem()));
                return;
            }
            send(method, path, body, etag, token, response -> {
                if (response.status() != 401) {
                    answer.accept(response);
                    return;
                }
                session.refresh(fresh -> {
                    if (fresh == null) {
                        answer.accept(Response.failure(401, session.refreshProblem()));
                    } else {
                        send(method, path, body, etag, fresh, answer);
                    }
                });
            });
        });
    }

    private void send(String method, String path, JsonValue body, String etag, String token,
                      Consumer<Response> answer) {
        JsonObject headers = new JsonObject()
                .add("Accept", "application/json")
                .add("Authorization", "Bearer " + token);
        if (body != null) {
            headers.add("Content-Type", "application/json");
        }
        if (!etag.isEmpty()) {
            headers.add("If-None-Match", etag);
        }
        Fetch.fetch(method, session.server() + path, headers.toString(), body == null ? null : body.toString(),
                TIMEOUT_MS, (status, text, responseEtag, retryAfter) ->
                        answer.accept(new Response(status, text, responseEtag, retryAfter)));
    }
}
