package io.herald.extension.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.openqa.selenium.json.Json;

/**
 * A plain Chrome DevTools Protocol client on the browser's own endpoint (ChromeDriver's {@code se:cdp} capability,
 * on loopback), with the JDK's WebSocket. ChromeDriver's {@code executeCdpCommand} only talks to the current tab;
 * commands for another target (the extension's service worker) need a session from {@code Target.attachToTarget}
 * with {@code flatten: true}, whose id goes with each command, which this client sends. Selenium's own DevTools
 * support needs a {@code selenium-devtools-v*} artifact matching the browser's version, which Debian's Chromium
 * outruns; raw CDP does not.
 */
final class DevToolsConnection implements AutoCloseable {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Json JSON = new Json();

    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<Map<String, Object>>> pending = new ConcurrentHashMap<>();

    private DevToolsConnection(WebSocket socket) {
        this.socket = socket;
    }

    static DevToolsConnection open(URI endpoint) {
        Listener listener = new Listener();
        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .connectTimeout(TIMEOUT)
                .buildAsync(endpoint, listener)
                .orTimeout(TIMEOUT.toSeconds(), TimeUnit.SECONDS)
                .join();
        DevToolsConnection connection = new DevToolsConnection(socket);
        listener.connection = connection;
        return connection;
    }

    /** Sends a command to the browser target and returns its result. */
    Map<String, Object> send(String method, Map<String, Object> params) {
        return send(null, method, params);
    }

    /** Sends a command to the target of {@code sessionId} (from {@code Target.attachToTarget}) and returns its result. */
    Map<String, Object> send(String sessionId, String method, Map<String, Object> params) {
        int id = ids.incrementAndGet();
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("id", id);
        message.put("method", method);
        message.put("params", params);
        if (sessionId != null) {
            message.put("sessionId", sessionId);
        }
        CompletableFuture<Map<String, Object>> answer = new CompletableFuture<>();
        pending.put(id, answer);
        try {
            synchronized (socket) {
                socket.sendText(JSON.toJson(message), true).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            }
            Map<String, Object> reply = answer.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            if (reply.get("error") instanceof Map<?, ?> error) {
                throw new IllegalStateException(method + " failed: " + error.get("message"));
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> result = (Map<String, Object>) reply.getOrDefault("result", Map.of());
            return result;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(method + " was interrupted", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(method + " got no answer from Chromium in " + TIMEOUT, e);
        } finally {
            pending.remove(id);
        }
    }

    /** The browser's targets (pages, service workers, ...) as {@code Target.getTargets} lists them. */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> targets() {
        return (List<Map<String, Object>>) send("Target.getTargets", Map.of()).get("targetInfos");
    }

    private void receive(String text) {
        Map<String, Object> message = JSON.toType(text, Json.MAP_TYPE);
        if (message.get("id") instanceof Number id) {
            CompletableFuture<Map<String, Object>> answer = pending.get(id.intValue());
            if (answer != null) {
                answer.complete(message);
            }
        }
        // Events (messages without an id) are not needed by anything yet and are dropped.
    }

    @Override
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "").orTimeout(5, TimeUnit.SECONDS).exceptionally(e -> null).join();
        socket.abort();
    }

    private static final class Listener implements WebSocket.Listener {

        private final StringBuilder frames = new StringBuilder();
        private volatile DevToolsConnection connection;

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            frames.append(data);
            if (last) {
                String text = frames.toString();
                frames.setLength(0);
                connection.receive(text);
            }
            socket.request(1);
            return null;
        }
    }
}
