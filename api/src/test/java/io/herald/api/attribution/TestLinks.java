package io.herald.api.attribution;

import java.util.Map;

import io.herald.api.TestCalls.Reply;
import io.herald.api.TestCalls;
import io.herald.api.TestUsers;

/** Links for attribution tests, asked for the way the extension asks: through the API. */
public final class TestLinks {
    private TestLinks() {
    }

    /** The link code an employee gets for a content item and platform. */
    public static String link(TestCalls calls, TestUsers.Session employee, String contentId, String platform) {
        Reply reply = calls.post("/api/v1/links", employee, Map.of("contentId", contentId, "platform", platform));
        if (reply.status() != 201 && reply.status() != 200) {
            throw new AssertionError("POST /api/v1/links answered " + reply.status() + ": " + reply.body());
        }
        return reply.text("code");
    }
}
