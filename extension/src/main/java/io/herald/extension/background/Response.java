package io.herald.extension.background;

import io.herald.common.json.Json;
import io.herald.common.json.JsonObject;
import io.herald.common.json.JsonValue;
import io.herald.common.json.ParseException;

/**
 * An answer of the Herald API: status 0 when none came (offline, refused, timed out).
 *
 * @param etag       the {@code ETag} header, or ""
 * @param retryAfter the {@code Retry-After} header, or ""
 */
record Response(int status, String body, String etag, String retryAfter) {

    boolean ok() {
        return status >= 200 && status < 300;
    }

    /** The body as a JSON object; an empty object when it is not one. */
    JsonObject json() {
        try {
            JsonValue value = Json.parse(body);
            return value.isObject() ? value.asObject() : new JsonObject();
        } catch (ParseException | NullPointerException e) {
            return new JsonObject();
        }
    }

    /** The sentence to show when the call failed. */
    String problem() {
        return Problems.sentence(status, body);
    }

    /** A failure made here, without a call: {@code status} 401 when signed out. */
    static Response failure(int status, String sentence) {
        return new Response(status, new JsonObject().add("detail", sentence).toString(), "", "");
    }
}
