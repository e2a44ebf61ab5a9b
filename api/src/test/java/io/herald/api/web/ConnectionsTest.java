package io.herald.api.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import io.herald.api.Herald;
import io.herald.api.HeraldConfig;
import io.herald.api.TestHerald;
import io.herald.api.TestLogs;
import io.herald.api.TestServer;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

/**
 * Connections end when they should: a request that says {@code Connection: close}, or whose {@code Content-Length}
 * is not a length, is answered and closed at once; a client that sends part of a request line, of its headers or of
 * its body is cut off after the configured timeouts (here half a second, or two); and each connection that ends early
 * is at most one line of log, never a stack trace. All over plain sockets on loopback.
 */
@ServerTest
class ConnectionsTest {
    private static final Duration TIMEOUT = Duration.ofMillis(500);
    /** Every wait for the server is bounded by this; the limits under test are a fraction of it. */
    private static final Duration BOUND = Duration.ofSeconds(5);
    private static final Herald HERALD = TestHerald.start(Map.of("herald.http.header-timeout", "PT0.5S",
                                                                 "herald.http.body-timeout", "PT0.5S"));

    private final int port;
    private TestLogs logs;

    ConnectionsTest(WebServer server) {
        this.port = server.port();
    }

    @SetUpServer
    static void server(WebServerConfig.Builder server) {
        TestServer.setUp(server, HERALD);
        // Helidon's own idle timeout (application.yaml: PT15S) is what closes a half-sent request line. It counts in
        // whole seconds, so at 2 s it cannot be what closes a connection within 1 s of its last request.
        server.idleConnectionTimeout(Duration.ofSeconds(2)).idleConnectionPeriod(Duration.ofMillis(200));
    }

    @AfterAll
    static void close() {
        HERALD.close();
    }

    @BeforeEach
    void captureLogs() {
        Logger.getLogger(ClientAborts.class.getName()).setLevel(Level.FINE);
        Logger.getLogger(RequestDeadlines.class.getName()).setLevel(Level.FINE);
        logs = TestLogs.capture();
    }

    @AfterEach
    void stopCapturing() {
        logs.close();
    }

    private record Outcome(String response, boolean closed, Duration took) {
    }

    @Test
    void connectionCloseClosesTheConnectionAfterTheAnswer() throws IOException {
        Outcome outcome = send("GET /api/v1/me HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertThat(outcome.response(), containsString("HTTP/1.1 401"));
        assertThat(outcome.response(), containsString("Connection: close"));
        assertThat(outcome.closed(), is(true));
        assertThat(outcome.took(), lessThan(Duration.ofSeconds(1)));
    }

    @Test
    void aContentLengthThatIsNotALengthIsA400AndTheEnd() throws IOException {
        for (String length : new String[] {"-1", "1, 2", "99999999999999999999"}) {
            Outcome outcome = send("POST /api/v1/auth/redeem HTTP/1.1\r\nHost: x\r\nContent-Type: application/json"
                                   + "\r\nContent-Length: " + length + "\r\n\r\n{}");
            assertThat(length, outcome.response(), containsString("HTTP/1.1 400"));
            assertThat(length, outcome.response(), containsString("application/problem+json"));
            assertThat(length, outcome.closed(), is(true));
            assertThat(length, outcome.took(), lessThan(Duration.ofSeconds(1)));
        }
    }

    @Test
    void halfSentRequestsAreCutOffAfterTheirTimeout() throws IOException, InterruptedException {
        String[] halves = {
                "GET /api/v1/me HT",                                                       // request line: idle
                "GET /api/v1/me HTTP/1.1\r\nHost: x\r\nX-Slow: ",                         // headers
                "POST /api/v1/auth/redeem HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                + "Content-Length: 100\r\n\r\n{\"code\": "};                                // body
        List<Socket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < 60; i++) {
                Socket socket = new Socket("127.0.0.1", port);
                socket.getOutputStream().write(halves[i % halves.length].getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
                sockets.add(socket);
            }
            long started = System.nanoTime();
            for (Socket socket : sockets) {
                Outcome outcome = readToEnd(socket, started);
                assertThat(outcome.closed(), is(true));
            }
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            // The slowest is the idle timeout of 2 s, checked every 0.2 s, in whole seconds: under 4 s.
            assertThat(took, lessThan(Duration.ofSeconds(4)));
        } finally {
            for (Socket socket : sockets) {
                socket.close();
            }
        }
        assertAtMostOneLineEach(sockets.size());
    }

    @Test
    void connectionsThatEndMidRequestAreOneLineOfLogAtMost() throws IOException, InterruptedException {
        int connections = 30;
        for (int i = 0; i < connections; i++) {
            try (Socket socket = new Socket("127.0.0.1", port)) {
                String half = i % 2 == 0
                        ? "GET /api/v1/me HTTP/1.1\r\nHost: x\r\n"
                        : "POST /api/v1/auth/redeem HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                          + "Content-Length: 100\r\n\r\n{";
                socket.getOutputStream().write(half.getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
            }
        }
        Thread.sleep(300);
        assertAtMostOneLineEach(connections);
    }

    @Test
    void applicationYamlLimitsConnections() {
        WebServerConfig config = WebServerConfig.builder()
                .config(HeraldConfig.load().get("server"))
                .buildPrototype();
        assertThat(config.idleConnectionTimeout(), is(Duration.ofSeconds(15)));
        assertThat(config.idleConnectionPeriod(), is(Duration.ofSeconds(2)));
        assertThat(config.maxTcpConnections(), is(5000));
        assertThat(config.maxConcurrentRequests(), is(1000));
        assertThat(config.maxPayloadSize(), is(1_048_576L));
    }

    private void assertAtMostOneLineEach(int connections) throws InterruptedException {
        Thread.sleep(TIMEOUT.toMillis());
        List<LogRecord> logged = logs.records();
        List<String> traces = logged.stream().filter(r -> r.getThrown() != null || r.getLevel().intValue()
                                                                                   >= Level.WARNING.intValue())
                .map(r -> r.getLevel() + " " + r.getLoggerName() + ": " + r.getMessage())
                .toList();
        assertThat(traces, empty());
        assertThat(logged.size(), lessThanOrEqualTo(connections));
        for (LogRecord record : logged) {
            assertThat(record.getMessage(), record.getMessage().contains("\n"), is(false));
        }
    }

    private Outcome send(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            long started = System.nanoTime();
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            return readToEnd(socket, started);
        }
    }

    /** Everything the server sends until it closes the connection, or until the bound. */
    private static Outcome readToEnd(Socket socket, long started) throws IOException {
        socket.setSoTimeout((int) BOUND.toMillis());
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        InputStream in = socket.getInputStream();
        boolean closed;
        try {
            byte[] buffer = new byte[4096];
            int n;
            while ((n = in.read(buffer)) >= 0) {
                received.write(buffer, 0, n);
            }
            closed = true;
        } catch (SocketTimeoutException e) {
            closed = false;
        } catch (SocketException e) {
            closed = true; // reset: closed too
        }
        return new Outcome(received.toString(StandardCharsets.ISO_8859_1), closed,
                           Duration.ofNanos(System.nanoTime() - started));
    }
}
