package io.herald.api.web;

import java.lang.System.Logger.Level;

import io.herald.api.db.ConstraintViolations;
import io.helidon.dbclient.DbClientException;
import io.helidon.http.HeaderNames;
import io.helidon.http.HttpException;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/**
 * Maps every error raised while routing to one problem+json shape. Unexpected exceptions are logged with their
 * stack trace and answered with a 500 whose detail reveals nothing internal.
 */
public final class ProblemHandler {
    private static final System.Logger LOG = System.getLogger(ProblemHandler.class.getName());

    private ProblemHandler() {
    }

    public static void register(HttpRouting.Builder routing) {
        routing.error(ApiException.class, (req, res, e) -> send(req, res, e.status(), e.getMessage(), e.field().orElse(null)))
                .error(HttpException.class, (req, res, e) -> send(req, res, e.status(), e.getMessage(), null))
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
        LOG.log(Level.ERROR, "Unhandled error on " + req.prologue().method() + " " + req.path().path(), e);
        send(req, res, Status.INTERNAL_SERVER_ERROR_500, "Something went wrong on our side; it has been logged.", null);
    }

    public static void send(ServerRequest req, ServerResponse res, Status status, String detail, String field) {
        Problem problem = new Problem("about:blank", status.reasonPhrase(), status.code(), detail,
                                      req.path().path(), field);
        res.status(status);
        ExtensionCors.restore(req, res);
        if (status.code() == Status.UNAUTHORIZED_401.code()) {
            res.header(HeaderNames.WWW_AUTHENTICATE, "Bearer"); // RFC 6750: say which credentials are expected
        }
        res.header(HeaderNames.CONTENT_TYPE, Problem.MEDIA_TYPE);
        res.send(Json.bytes(problem));
    }
}
