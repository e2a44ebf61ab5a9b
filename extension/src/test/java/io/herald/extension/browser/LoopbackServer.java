package io.herald.extension.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Serves a fixed set of files from 127.0.0.1 on a free port. Module scripts need http (Chromium refuses ES module
 * imports from file: pages) and a JavaScript content type, which is why a page is not simply opened from disk.
 */
public final class LoopbackServer implements AutoCloseable {

    private final Map<String, byte[]> files = new LinkedHashMap<>();
    private final HttpServer server;

    public LoopbackServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open a loopback port", e);
        }
        server.createContext("/", this::serve);
        server.start();
    }

    /** Serves {@code file} at {@code /name}. */
    public LoopbackServer file(String name, Path file) {
        try {
            return text(name, Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Serves {@code content} at {@code /name}. */
    public LoopbackServer text(String name, String content) {
        return text(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private synchronized LoopbackServer text(String name, byte[] content) {
        files.put("/" + name, content);
        return this;
    }

    /** The address of {@code /name}. */
    public String url(String name) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + name;
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body;
            synchronized (this) {
                body = files.get(exchange.getRequestURI().getPath());
            }
            if (body == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", contentType(exchange.getRequestURI().getPath()));
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            // Cross-origin isolation: performance.now() then ticks in 5 µs steps instead of 100 µs, which the
            // browser benchmark needs to time sub-millisecond calls.
            exchange.getResponseHeaders().set("Cross-Origin-Opener-Policy", "same-origin");
            exchange.getResponseHeaders().set("Cross-Origin-Embedder-Policy", "require-corp");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static String contentType(String path) {
        if (path.endsWith(".js") || path.endsWith(".mjs")) {
            return "text/javascript; charset=utf-8";
        }
        if (path.endsWith(".json")) {
            return "application/json; charset=utf-8";
        }
        if (path.endsWith(".html")) {
            return "text/html; charset=utf-8";
        }
        return "application/octet-stream";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
