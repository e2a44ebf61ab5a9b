package io.herald.api.web;

import java.lang.System.Logger.Level;
import java.util.Set;

import io.herald.api.db.ConstraintViolations;
import io.helidon.dbclient.DbClientException;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.http.HttpException;
import io.helidon.http.Method;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/**
 * Maps every error raised while routing to one problem+json shape. Unexpected exceptions are logged with their
 * stack trace and answered with a 500 whose detail reveals nothing internal. What Helidon refuses before routing
 * (a malformed request line, an oversized header) gets the same shape from {@link ProblemDirectHandler}.
 */
public final class ProblemHandler {
    private static final System.Logger LOG = System.getLogger(ProblemHandler.class.getName());

    private ProblemHandler() {
    }

    /** @param routes the API's routes, so that a known path asked with another method is a 405, not a 404 */
    public static void register(HttpRouting.Builder routing, Routes routes) {
        routing.error(ApiException.class, (req, res, e) -> {
                    // Set here: Helidon clears the headers a handler set before it threw.
                    e.retryAfterSeconds().ifPresent(seconds -> res.header(HeaderNames.RETRY_AFTER,
                                                                          String.valueOf(seconds)));
                    send(req, res, e.status(), e.getMessage(), e.field().orElse(null));
                })
                .error(HttpException.class, (req, res, e) -> {
                    Set<String> allowed = routes.allowed(req.prologue().uriPath());
                    if (e.status().code() == Status.NOT_FOUND_404.code() && !allowed.isEmpty()
                        && !allowed.contains(req.prologue().method().text())) {
                        res.header(HeaderNames.ALLOW, String.join(", ", allowed));
                        send(req, res, Status.METHOD_NOT_ALLOWED_405, "This address answers "
                                                                      + String.join(", ", allowed) + " only.", null);
                    } else {
                        send(req, res, e.status(), e.getMessage(), null);
                    }
                })
                .error(DbClientException.class, (req, res, e) -> {
                    if (ConstraintViolations.isViolation(e)) {
                        // A unique or foreign key refused the write, e.g. deleting what other rows still refer to.
                        send(req, res, Status.CONFLICT_409,
                             "The change conflicts with other data: something still refers to it, or it exists "
                             + "already.", null);
                    } else {
                        unexpected(req, res, e);
                    }
                })
                .error(RuntimeException.class, ProblemHandler::unexpected);
    }

    private static void unexpected(ServerRequest req, ServerResponse res, RuntimeException e) {
        if (ClientAborts.isAbort(e)) {
            // Reading the request failed because the client went away: nobody will read this answer.
            ClientAborts.log(req.prologue().method().text() + " " + req.prologue().uriPath().path());
            res.header(HeaderValues.CONNECTION_CLOSE);
            send(req, res, Status.BAD_REQUEST_400, "The request ended before it was complete.", null);
            return;
        }
        LOG.log(Level.ERROR, "Unhandled error on " + req.prologue().method() + " " + req.prologue().uriPath().path(),
                e);
        send(req, res, Status.INTERNAL_SERVER_ERROR_500, "Something went wrong on our side; it has been logged.", null);
    }

    /**
     * Answers with a problem. Its {@code instance} is the path the client asked for, as it asked (not the part a
     * service routes on). The answer to a {@code HEAD} request has the headers only: a body there would be read as
     * the start of the next response on the connection.
     */
    public static void send(ServerRequest req, ServerResponse res, Status status, String detail, String field) {
        res.status(status);
        ExtensionCors.restore(req, res);
        if (status.code() == Status.UNAUTHORIZED_401.code()) {
            res.header(HeaderNames.WWW_AUTHENTICATE, "Bearer"); // RFC 6750: say which credentials are expected
        }
        res.header(HeaderNames.CONTENT_TYPE, Problem.MEDIA_TYPE);
        res.header(NoSniffFilter.NOSNIFF);
        if (req.prologue().method() == Method.HEAD) {
            res.send();
            return;
        }
        res.send(Json.bytes(Problem.of(status, detail, req.prologue().uriPath().rawPath(), field)));
    }
}
