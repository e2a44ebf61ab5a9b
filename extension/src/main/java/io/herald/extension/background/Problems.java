package io.herald.extension.background;

import io.herald.common.json.Json;
import io.herald.common.json.JsonValue;
import io.herald.common.json.ParseException;

/** The sentence to show for a failed API call: the API's own {@code detail} when it gave one. */
final class Problems {

    static final String UNREACHABLE = "Herald's server could not be reached. Check your connection and try again.";
    static final String SIGNED_OUT = "You are signed out of Herald. Open Herald's settings to sign in again.";

    private Problems() {
    }

    static String sentence(int status, String body) {
        if (status == 0) {
            return UNREACHABLE;
        }
        String detail = detail(body);
        if (!detail.isEmpty()) {
            return detail;
        }
        if (status == 401) {
            return SIGNED_OUT;
        }
        if (status == 429) {
            return "Herald's server is busy. Try again in a minute.";
        }
        if (status >= 500) {
            return "Herald's server had a problem (" + status + "). Try again later.";
        }
        return "Herald's server refused the request (" + status + ").";
    }

    private static String detail(String body) {
        if (body == null || body.isEmpty()) {
            return "";
        }
        try {
            JsonValue json = Json.parse(body);
            if (json.isObject()) {
                JsonValue detail = json.asObject().get("detail");
                if (detail != null && detail.isString()) {
                    return detail.asString();
                }
            }
        } catch (ParseException e) {
            return "";
        }
        return "";
    }
}
