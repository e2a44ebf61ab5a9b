package io.herald.api;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import io.herald.api.web.Json;
import io.helidon.http.Header;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.http.Headers;
import io.helidon.http.Method;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webclient.http1.Http1ClientRequest;
import io.helidon.webclient.http1.Http1ClientResponse;

/**
 * HTTP calls for tests, each read completely and closed, so a test reads as request then assertions. A body is an
 * object serialised with the API's {@link Json#string} or a String sent as it is (malformed JSON, explicit nulls,
 * which the API's mapper leaves out). A path may carry a query string ({@code /api/v1/feed?topic=AI&page=1}) whose
 * parameters are percent-decoded, as a browser's would be. Extra headers ({@code HeaderValues.create(IF_MATCH, etag)})
 * come last and win over the JSON content type. A redirect is answered as it is, never followed: tests of the tracked
 * links look at the 302 and its Location.
 */
public final class TestCalls {
    private final Http1Client client;

    public TestCalls(Http1Client client) {
        this.client = client;
    }

    /**
     * Who makes a call: the Authorization header it sends, if any. A {@link TestUsers.Session} is a caller; so is a
     * raw header value, for tests of malformed or forged credentials.
     */
    public interface Caller {
        Caller ANONYMOUS = Optional::empty;

        Optional<String> authorizationHeader();

        static Caller authorization(String value) {
            return () -> Optional.of(value);
        }
    }

    /** A reply, read in full; its body is parsed as JSON when a test asks for it. */
    public static final class Reply {
        private final int status;
        private final Headers headers;
        private final String bodyText;
        private JsonNode body;

        Reply(int status, Headers headers, String bodyText) {
            this.status = status;
            this.headers = headers;
            this.bodyText = bodyText;
        }

        public int status() {
            return status;
        }

        /** The body as it came: empty when there was none. */
        public String bodyText() {
            return bodyText;
        }

        /**
         * The body as JSON: a missing node when there was none, and a text node when it is not JSON (an HTML error
         * page, a CSV export), so that an assertion on a field fails with the body in its message.
         */
        public JsonNode body() {
            if (body == null) {
                body = parse(bodyText);
            }
            return body;
        }

        /** A top-level field of the JSON body as text; empty when it is missing. */
        public String text(String field) {
            return body().path(field).asText();
        }

        /** The {@code detail} of a problem+json reply. */
        public String detail() {
            return text("detail");
        }

        /** The {@code field} of a problem+json reply. */
        public String field() {
            return text("field");
        }

        public Optional<String> header(HeaderName name) {
            return headers.first(name);
        }

        @Override
        public String toString() {
            return status + " " + bodyText;
        }

        private static JsonNode parse(String text) {
            if (text.isEmpty()) {
                return Json.MAPPER.missingNode();
            }
            try {
                return Json.MAPPER.readTree(text);
            } catch (IOException e) {
                return Json.MAPPER.getNodeFactory().textNode(text);
            }
        }
    }

    public Reply get(String path, Caller caller, Header... headers) {
        return send(Method.GET, path, caller, Optional.empty(), headers);
    }

    public Reply delete(String path, Caller caller, Header... headers) {
        return send(Method.DELETE, path, caller, Optional.empty(), headers);
    }

    public Reply post(String path, Caller caller, Object body, Header... headers) {
        return send(Method.POST, path, caller, Optional.of(body), headers);
    }

    public Reply put(String path, Caller caller, Object body, Header... headers) {
        return send(Method.PUT, path, caller, Optional.of(body), headers);
    }

    public Reply patch(String path, Caller caller, Object body, Header... headers) {
        return send(Method.PATCH, path, caller, Optional.of(body), headers);
    }

    public Reply send(Method method, String path, Caller caller, Optional<?> body, Header... headers) {
        int query = path.indexOf('?');
        Http1ClientRequest request = client.method(method).uri(query < 0 ? path : path.substring(0, query))
                .followRedirects(false);
        if (query >= 0) {
            // The client would encode a '?' inside uri(..); parameters go in one by one, decoded.
            for (String pair : path.substring(query + 1).split("&")) {
                if (!pair.isEmpty()) {
                    String[] nameAndValue = pair.split("=", 2);
                    request.queryParam(decode(nameAndValue[0]),
                                       nameAndValue.length == 2 ? decode(nameAndValue[1]) : "");
                }
            }
        }
        caller.authorizationHeader().ifPresent(value -> request.header(HeaderNames.AUTHORIZATION, value));
        body.ifPresent(any -> request.header(HeaderNames.CONTENT_TYPE, "application/json"));
        for (Header header : headers) {
            request.headers(all -> all.set(header));
        }
        try (Http1ClientResponse response = body.isPresent()
                ? request.submit(body.get() instanceof String raw ? raw : Json.string(body.get()))
                : request.request()) {
            return new Reply(response.status().code(), response.headers(),
                             response.entity().hasEntity() ? response.as(String.class) : "");
        }
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
