package io.herald.api.web;

import java.util.List;
import java.util.Locale;

import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.http.Status;
import io.helidon.webserver.CloseConnectionException;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;

/**
 * What Helidon 4.1 gets wrong about connections, fixed around every request:
 * <ul>
 *   <li>A {@code Content-Length} that is not one non-negative number is a 400 and the connection closes: Helidon
 *       takes {@code -1} for "chunked" and waits for a chunk size that never comes.</li>
 *   <li>A body no handler read is read after the response (as Helidon would next), so that
 *       {@link RequestDeadlines} stops waiting for it.</li>
 *   <li>A response that says {@code Connection: close} (because the request asked for it, or an error handler
 *       decided so) closes the connection once it is sent: Helidon sends the header and then waits for the next
 *       request on the same connection, so a client waiting for the end of the stream waits until it gives up.</li>
 * </ul>
 */
public final class ConnectionFilter implements Filter {
    private final RequestDeadlines deadlines;

    public ConnectionFilter(RequestDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
        if (!validContentLength(req.headers().all(HeaderNames.CONTENT_LENGTH, List::of))) {
            res.header(HeaderValues.CONNECTION_CLOSE);
            ProblemHandler.send(req, res, Status.BAD_REQUEST_400,
                                "The Content-Length header must be one number of bytes, 0 or more.", null);
            throw new CloseConnectionException("Content-Length is not a length");
        }
        chain.proceed();
        if (closes(req, res)) {
            throw new CloseConnectionException("The response said Connection: close");
        }
        if (!req.content().consumed()) {
            try {
                req.content().consume();
            } catch (RuntimeException e) {
                if (ClientAborts.isAbort(e)) {
                    ClientAborts.log(req.prologue().method().text() + " " + req.prologue().uriPath().path());
                }
                throw new CloseConnectionException("The request body could not be read", e);
            }
        }
        deadlines.bodyRead();
    }

    private static boolean validContentLength(List<String> values) {
        if (values.isEmpty()) {
            return true;
        }
        String first = values.getFirst().strip();
        if (first.isEmpty() || first.length() > 18 || !first.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        return values.stream().allMatch(value -> value.strip().equals(first));
    }

    private static boolean closes(RoutingRequest req, RoutingResponse res) {
        if (!res.isSent()) {
            return false;
        }
        if (res.headers().contains(HeaderValues.CONNECTION_CLOSE)) {
            return true;
        }
        return req.headers().first(HeaderNames.CONNECTION)
                .map(value -> List.of(value.toLowerCase(Locale.ROOT).split("\\s*,\\s*")).contains("close"))
                .orElse(false);
    }
}
