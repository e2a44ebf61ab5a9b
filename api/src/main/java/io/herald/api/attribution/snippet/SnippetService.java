package io.herald.api.attribution.snippet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import io.herald.api.web.AccessRules;
import io.herald.api.web.ApiService;
import io.herald.api.web.Json;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/**
 * {@code GET /snippet/herald.js}: the conversion snippet with this deployment's conversion endpoint and attribution
 * window written in, so a website needs only the script tag and its site key.
 */
public final class SnippetService implements ApiService {
    private static final String TEMPLATE = "herald.js";

    private final byte[] script;

    /** @param publicUrl Herald's address, without a trailing slash */
    public SnippetService(String publicUrl, Duration window) {
        String endpoint = publicUrl + "/api/v1/conversions";
        // Json.string quotes and escapes: the URL comes from configuration, not from a request, but stays inert.
        String quoted = Json.string(endpoint);
        this.script = template()
                .replace("\"__HERALD_ENDPOINT__\"", quoted)
                .replace("__HERALD_WINDOW_MS__", Long.toString(window.toMillis()))
                .getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void routing(AccessRules rules) {
        rules.anyone().get("/herald.js", this::serve);
    }

    private void serve(ServerRequest req, ServerResponse res) {
        res.status(Status.OK_200);
        res.header(HeaderNames.CONTENT_TYPE, "text/javascript; charset=utf-8");
        res.header(HeaderNames.CACHE_CONTROL, "public, max-age=3600");
        res.header(HeaderNames.create("X-Content-Type-Options"), "nosniff");
        res.send(script);
    }

    private static String template() {
        try (InputStream in = SnippetService.class.getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + TEMPLATE + " next to " + SnippetService.class);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
