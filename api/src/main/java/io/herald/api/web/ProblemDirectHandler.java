package io.herald.api.web;

import java.lang.System.Logger;

import io.helidon.http.DirectHandler;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.http.RequestException;
import io.helidon.http.ServerResponseHeaders;
import io.helidon.http.Status;
import io.helidon.webserver.http.DirectHandlers;

/**
 * What Helidon answers by itself, before or outside routing, in the API's problem+json shape: a malformed request
 * line or header, bad percent-encoding or raw bytes in the path or query (400), a request line over the limit (414),
 * oversized headers, too many concurrent requests (503). Helidon's own answers are {@code text/plain}.
 */
public final class ProblemDirectHandler implements DirectHandler {
    private ProblemDirectHandler() {
    }

    /** The handler for every kind of event Helidon answers directly. */
    public static DirectHandlers handlers() {
        ProblemDirectHandler handler = new ProblemDirectHandler();
        DirectHandlers.Builder handlers = DirectHandlers.builder();
        for (EventType type : EventType.values()) {
            handlers.addHandler(type, handler);
        }
        return handlers.build();
    }

    @Override
    public TransportResponse handle(TransportRequest request, EventType eventType, Status defaultStatus,
                                    ServerResponseHeaders responseHeaders, Throwable thrown, Logger logger) {
        if (eventType == EventType.INTERNAL_ERROR && ClientAborts.isAbort(thrown)) {
            // The client is gone; the answer goes nowhere. Not a 500: Helidon logs every 500 with its stack trace.
            ClientAborts.log(request.method() + " " + request.path());
            return handle(request, eventType, Status.BAD_REQUEST_400, responseHeaders, "the request ended early");
        }
        String reason = thrown instanceof RequestException e && e.safeMessage() ? unescape(e.getMessage()) : null;
        return handle(request, eventType, defaultStatus, responseHeaders, reason);
    }

    /** @param reason what Helidon found wrong, when it is safe to say, or null */
    @Override
    public TransportResponse handle(TransportRequest request, EventType eventType, Status status,
                                    ServerResponseHeaders responseHeaders, String reason) {
        String detail = detail(status);
        if (reason != null && !reason.isBlank() && status.code() < 500) {
            detail = detail + " (" + reason + ")";
        }
        String path = request.path();
        Problem problem = Problem.of(status, detail, path == null || path.isEmpty() ? null : path, null);
        TransportResponse.Builder response = TransportResponse.builder()
                .status(status)
                .headers(responseHeaders)
                .header(HeaderValues.create(HeaderNames.CONTENT_TYPE, Problem.MEDIA_TYPE))
                .header(NoSniffFilter.NOSNIFF);
        if (!"HEAD".equals(request.method())) {
            response.entity(Json.bytes(problem));
        }
        return response.build();
    }

    private static String detail(Status status) {
        return switch (status.code()) {
            case 400 -> "The request could not be read: its request line, a header, or the encoding of its path or "
                        + "query is malformed.";
            case 413 -> "The request body is larger than the server accepts.";
            case 414 -> "The request's address is longer than the server accepts.";
            case 431 -> "The request's headers are larger than the server accepts.";
            case 503 -> "The server is busy; try again in a moment.";
            default -> status.code() >= 500 ? "Something went wrong on our side; it has been logged."
                                            : "The request was refused: " + status.reasonPhrase() + ".";
        };
    }

    /** Helidon HTML-escapes the reasons it gives; this body is JSON. */
    private static String unescape(String text) {
        return text == null ? null : text.replace("&#x27;", "'").replace("&quot;", "\"").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&amp;", "&");
    }
}
