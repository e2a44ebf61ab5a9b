package io.herald.api.attribution;

import java.io.IOException;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import io.herald.api.TestUsers;
import io.herald.api.web.Json;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.http.Headers;
import io.helidon.common.media.type.MediaTypes;
import io.helidon.webclient.http1.Http1ClientRequest;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webclient.http1.Http1ClientResponse;

/** Short JSON calls for attribution tests: the status, the parsed body and the headers of each answer. */
public final class ApiCalls {
    private final Http1Client client;

    public ApiCalls(Http1Client client) {
        this.client = client;
    }

    public record Reply(int status, JsonNode body, Headers headers) {
        public String text(String field) {
            return body.path(field).asText();
        }

        public Optional<String> header(HeaderName name) {
            return headers.first(name);
        }
    }

    public Reply post(String path, TestUsers.Session session, Object body) {
        Http1ClientRequest request = client.post(path).contentType(MediaTypes.APPLICATION_JSON);
        if (session != null) {
            request.header(HeaderNames.AUTHORIZATION, session.authorization());
        }
        try (Http1ClientResponse res = request.submit(json(body))) {
            return reply(res);
        }
    }

    public Reply get(String path, TestUsers.Session session) {
        Http1ClientRequest request = client.get(path);
        if (session != null) {
            request.header(HeaderNames.AUTHORIZATION, session.authorization());
        }
        try (Http1ClientResponse res = request.request()) {
            return reply(res);
        }
    }

    public Reply delete(String path, TestUsers.Session session) {
        try (Http1ClientResponse res = client.delete(path)
                .header(HeaderNames.AUTHORIZATION, session.authorization()).request()) {
            return reply(res);
        }
    }

    /** The link code an employee gets for a content item and platform. */
    public String link(TestUsers.Session session, String contentId, String platform) {
        Reply reply = post("/api/v1/links", session, java.util.Map.of("contentId", contentId, "platform", platform));
        if (reply.status() != 201 && reply.status() != 200) {
            throw new AssertionError("POST /api/v1/links answered " + reply.status() + ": " + reply.body());
        }
        return reply.text("code");
    }

    private static String json(Object body) {
        return body instanceof String s ? s : Json.string(body);
    }

    private static Reply reply(Http1ClientResponse res) {
        String text = res.entity().hasEntity() ? res.as(String.class) : "";
        try {
            JsonNode body = text.isEmpty() ? Json.MAPPER.missingNode() : Json.MAPPER.readTree(text);
            return new Reply(res.status().code(), body, res.headers());
        } catch (IOException e) {
            return new Reply(res.status().code(), Json.MAPPER.getNodeFactory().textNode(text), res.headers());
        }
    }

}
