package io.herald.api;

import io.helidon.webserver.WebServerConfig;

/** Sets up a test server exactly as {@link Main#setUp} does. */
public final class TestServer {
    private TestServer() {
    }

    public static void setUp(WebServerConfig.Builder server, Herald herald) {
        Main.setUp(server, herald);
    }
}
