package io.herald.extension.product;

import io.herald.api.Herald;
import io.herald.api.HeraldConfig;
import io.herald.api.Main;
import io.helidon.webserver.WebServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A real Herald API on 127.0.0.1, started in the test's JVM with the embedded database in a folder of its own. It can
 * be stopped and started again on the same port and data (the server going down and coming back), and it records
 * every request it receives (method, path, Origin), so a test can say what the extension sent and when.
 */
final class HeraldApi implements AutoCloseable {

    /** Where people reach Herald: the tracked links' address (the tests never follow one). */
    static final String PUBLIC_URL = "https://go.example.com";

    private final Path dataDir;
    private final int port;
    private final Map<String, String> settings;
    private final List<String> requests = new ArrayList<>();
    private Herald herald;
    private WebServer server;

    private HeraldApi(Path dataDir, int port, Map<String, String> settings) {
        this.dataDir = dataDir;
        this.port = port;
        this.settings = settings;
    }

    static HeraldApi start() {
        return start(Map.of());
    }

    /** An API with some configuration of its own ({@code herald.auth.access-token-lifetime}, ...). */
    static HeraldApi start(Map<String, String> settings) {
        try {
            HeraldApi api = new HeraldApi(Files.createTempDirectory("herald-api-"), freePort(), settings);
            api.up();
            return api;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** Starts the API (again), on the same port and data. */
    void up() {
        Map<String, String> config = new java.util.HashMap<>(settings);
        config.put("herald.data-dir", dataDir.toString());
        config.put("server.port", String.valueOf(port));
        // Tracked links on a real domain, as in production: the engine knows a link by its top-level domain, so it
        // would read one on 127.0.0.1 as words (and count them as the employee's own).
        config.put("herald.public-url", PUBLIC_URL);
        herald = Herald.start(HeraldConfig.load(config));
        server = WebServer.builder()
                .host("127.0.0.1")
                .port(port)
                .update(builder -> {
                    Main.features(builder, herald);
                    builder.routing(routing -> {
                        routing.addFilter((chain, request, response) -> {
                            record(request.prologue().method().text() + " " + request.path().path()
                                   + request.query().rawValue().transform(q -> q.isEmpty() ? "" : "?" + q)
                                   + " origin=" + request.headers().first(io.helidon.http.HeaderNames.ORIGIN)
                                           .orElse("-"));
                            chain.proceed();
                        });
                        Main.routing(routing, herald);
                    });
                })
                .build()
                .start();
    }

    /** Stops the API as a server going down would: no answer at all until {@link #up()}. */
    void down() {
        server.stop();
        herald.close();
        server = null;
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    Path dataDir() {
        return dataDir;
    }

    private synchronized void record(String line) {
        requests.add(line);
    }

    /** The requests received since the last {@link #clearRequests()}: {@code "POST /api/v1/links origin=..."}. */
    synchronized List<String> requests() {
        return List.copyOf(requests);
    }

    synchronized void clearRequests() {
        requests.clear();
    }

    @Override
    public void close() {
        if (server != null) {
            down();
        }
    }
}
