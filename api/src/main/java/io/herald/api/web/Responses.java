package io.herald.api.web;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerResponse;

/** Writes JSON responses; the one place that sets their content type. */
public final class Responses {
    private Responses() {
    }

    public static void json(ServerResponse res, Object body) {
        json(res, Status.OK_200, body);
    }

    public static void json(ServerResponse res, Status status, Object body) {
        res.status(status);
        res.header(HeaderNames.CONTENT_TYPE, "application/json");
        res.send(Json.bytes(body));
    }

    public static void created(ServerResponse res, String location, Object body) {
        res.header(HeaderNames.LOCATION, location);
        json(res, Status.CREATED_201, body);
    }

    public static void noContent(ServerResponse res) {
        res.status(Status.NO_CONTENT_204).send();
    }
}
