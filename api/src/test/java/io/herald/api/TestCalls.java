package io.herald.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import io.herald.api.web.Json;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.http.Status;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webclient.http1.Http1ClientRequest;
import io.helidon.webclient.http1.Http1ClientResponse;

/**
 * HTTP calls for tests, each read completely and closed, so a test reads as request then assertions.
 * A null session calls anonymously; a path may carry a query string ({@code /api/v1/feed?topic=AI&page=1}).
 */
public final class TestCalls {
    private final Http1Client client;

    public TestCalls(Http1Client client) {
        this.client = client;
    }

    public record Reply(Status status, Optional<String> etag, Optional<String> location, Optional<String> contentType,
                        String body) {
        public JsonNode json() {
            try {
                return Json.MAPPER.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("Not JSON: " + body, e);
            }
        }

        /** The {@code detail} of a problem+json reply. */
        public String detail() {
            return json().path("detail").asText();
        }

        /** The {@code field} of a problem+json reply. */
        public String field() {
            return json().path("field").asText();
        }
    }

    public Reply get(String path, TestUsers.Session session) {
        return send(Method.GET, path, session, null, null, null);
    }

    public Reply get(String path, TestUsers.Session session, HeaderName header, String value) {
        return send(Method.GET, path, session, null, header, value);
    }

    public Reply post(String path, TestUsers.Session session, String body) {
        return send(Method.POST, path, session, body, null, null);
    }

    public Reply put(String path, TestUsers.Session session, String body) {
        return send(Method.PUT, path, session, body, null, null);
    }

    public Reply put(String path, TestUsers.Session session, String body, HeaderName header, String value) {
        return send(Method.PUT, path, session, body, header, value);
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    public Reply send(Method method, String path, TestUsers.Session session, String body, HeaderName header,
                      String value) {
        String[] pathAndQuery = path.split("\\?", 2);
        Http1ClientRequest request = client.method(method).uri(pathAndQuery[0]);
        if (pathAndQuery.length == 2) {
            // The client would encode a '?' inside uri(..); parameters go in one by one, decoded.
            for (String pair : pathAndQuery[1].split("&")) {
                String[] nameAndValue = pair.split("=", 2);
                request.queryParam(decode(nameAndValue[0]), nameAndValue.length == 2 ? decode(nameAndValue[1]) : "");
            }
        }
        if (session != null) {
            request.header(HeaderNames.AUTHORIZATION, session.authorization());
        }
        if (header != null) {
            request.header(header, value);
        }
        Http1ClientResponse response;
        if (body == null) {
            response = request.request();
        } else {
            request.header(HeaderNames.CONTENT_TYPE, "application/json");
            response = request.submit(body);
        }
        try (response) {
            return new Reply(response.status(),
                             response.headers().first(HeaderNames.ETAG),
                             response.headers().first(HeaderNames.LOCATION),
                             response.headers().first(HeaderNames.CONTENT_TYPE),
                             response.entity().hasEntity() ? response.as(String.class) : "");
        }
    }
}
