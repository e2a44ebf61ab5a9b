package io.herald.api.web;

import java.lang.System.Logger.Level;
import java.net.SocketException;
import java.nio.channels.ClosedChannelException;

import io.helidon.common.buffers.DataReader;
import io.helidon.webserver.ServerConnectionException;

/**
 * Requests whose client went away (closed the connection, or had it closed for being too slow) before sending all of
 * them. That is routine on the Internet and nothing can be answered, so each is logged as one line at debug level,
 * never as a warning with a stack trace.
 */
final class ClientAborts {
    private static final System.Logger LOG = System.getLogger(ClientAborts.class.getName());

    private ClientAborts() {
    }

    /** Whether the failure is the connection ending: the stream ran out, or the socket was closed or reset. */
    static boolean isAbort(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataReader.InsufficientDataAvailableException
                || cause instanceof ServerConnectionException || cause instanceof SocketException
                || cause instanceof ClosedChannelException) {
                return true;
            }
        }
        return false;
    }

    /** @param request what is known of the request, such as {@code "POST /api/v1/shares"} */
    static void log(String request) {
        LOG.log(Level.DEBUG, "The connection ended before the request was complete: " + request);
    }
}
