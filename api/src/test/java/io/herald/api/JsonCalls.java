package io.herald.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

import io.herald.api.web.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webclient.http1.Http1ClientRequest;
import io.helidon.webclient.http1.Http1ClientResponse;

/**
 * JSON requests for server tests: sends a body (a record or map, serialised; or a String, sent as it is, e.g. for
 * explicit nulls, which the API's mapper leaves out), reads the reply's status, headers and JSON body, and closes the
 * response. A path may carry a query string.
 */
public final class JsonCalls {
    private final Http1Client client;

    public JsonCalls(Http1Client client) {
        this.client = client;
    }

    /** A reply, read in full. */
    public record Reply(int status, JsonNode body, Optional<String> location, Optional<String> wwwAuthenticate) {
        public String text(String field) {
            return body.path(field).asText();
        }
    }

    public Reply get(String path, Optional<String> authorization) {
        return call(Method.GET, path, authorization, Optional.empty());
    }

    public Reply get(String path, String authorization) {
        return get(path, Optional.of(authorization));
    }

    public Reply post(String path, Optional<String> authorization, Object body) {
        return call(Method.POST, path, authorization, Optional.of(body));
    }

    public Reply post(String path, String authorization, Object body) {
        return post(path, Optional.of(authorization), body);
    }

    /** A POST without an Authorization header (sign-in endpoints). */
    public Reply post(String path, Object body) {
        return post(path, Optional.empty(), body);
    }

    public Reply call(Method method, String path, Optional<String> authorization, Optional<Object> body) {
        int query = path.indexOf('?');
        Http1ClientRequest request = client.method(method).path(query < 0 ? path : path.substring(0, query));
        if (query >= 0) {
            for (String pair : path.substring(query + 1).split("&")) {
                int eq = pair.indexOf('=');
                request.queryParam(eq < 0 ? pair : pair.substring(0, eq), eq < 0 ? "" : pair.substring(eq + 1));
            }
        }
        authorization.ifPresent(value -> request.header(HeaderNames.AUTHORIZATION, value));
        try (Http1ClientResponse res = body.isPresent()
                ? request.header(HeaderNames.CONTENT_TYPE, "application/json")
                        .submit(body.get() instanceof String raw ? raw : Json.string(body.get()))
                : request.request()) {
            String text = res.entity().hasEntity() ? res.as(String.class) : "";
            return new Reply(res.status().code(),
                             text.isEmpty() ? MissingNode.getInstance() : Json.MAPPER.readTree(text),
                             res.headers().first(HeaderNames.LOCATION),
                             res.headers().first(HeaderNames.WWW_AUTHENTICATE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
