package io.herald.extension.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.openqa.selenium.json.Json;

/**
 * The extension a {@link HeadlessChromium} was started with: its id, its pages, and its service worker.
 *
 * <p>The id is computed as Chromium computes it, so it is known before anything runs: from the manifest's
 * {@code key} when it has one (SHA-256 of the decoded public key), else from the absolute path of the unpacked folder
 * (SHA-256 of the path's bytes); the first 32 hex digits, each mapped {@code 0-f} to {@code a-p}. Headless Chromium
 * has no usable {@code chrome://extensions}, and the DevTools targets only show an extension while one of its pages
 * or its service worker runs.
 */
public final class UnpackedExtension {

    private static final Duration WORKER_WAIT = Duration.ofSeconds(10);
    private static final Json JSON = new Json();

    private final HeadlessChromium chromium;
    private final Path folder;
    private final String id;
    private String workerSession;

    UnpackedExtension(HeadlessChromium chromium, Path folder) {
        this.chromium = chromium;
        this.folder = folder;
        this.id = idOf(folder);
    }

    /** The folder as Chromium sees it: absolute, symbolic links resolved (the path that the id is made from). */
    static Path canonical(Path folder) {
        try {
            return folder.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot resolve the extension folder " + folder, e);
        }
    }

    /** The id Chromium gives the unpacked extension in {@code folder}. */
    public static String idOf(Path folder) {
        Path path = canonical(folder);
        Optional<String> key = manifestKey(path);
        byte[] input = key.map(k -> Base64.getMimeDecoder().decode(k))
                .orElseGet(() -> path.toString().getBytes(StandardCharsets.UTF_8));
        byte[] hash;
        try {
            hash = MessageDigest.getInstance("SHA-256").digest(input);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
        StringBuilder id = new StringBuilder(32);
        for (int i = 0; i < 16; i++) {
            id.append((char) ('a' + ((hash[i] >> 4) & 0xf))).append((char) ('a' + (hash[i] & 0xf)));
        }
        return id.toString();
    }

    private static Optional<String> manifestKey(Path folder) {
        try {
            Map<String, Object> manifest = JSON.toType(Files.readString(folder.resolve("manifest.json")),
                    Json.MAP_TYPE);
            return Optional.ofNullable(manifest.get("key")).map(Object::toString);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the manifest in " + folder, e);
        }
    }

    /** The extension's id. */
    public String id() {
        return id;
    }

    /** The unpacked folder Chromium loaded. */
    public Path folder() {
        return folder;
    }

    /** {@code chrome-extension://<id>/<page>}, for example {@code url("options.html")}. */
    public String url(String page) {
        return "chrome-extension://" + id + "/" + page;
    }

    /**
     * Opens one of the extension's pages ({@code "options.html"}, {@code "popup.html"}) in the current tab. Its
     * scripts have the extension's {@code chrome.*} APIs, and {@link HeadlessChromium#script} runs there with them,
     * which is the simplest way for a test to read or set {@code chrome.storage}.
     */
    public void open(String page) {
        chromium.get(url(page));
    }

    /**
     * Evaluates a JavaScript expression in the extension's service worker and returns its value (a promise is
     * awaited; the value comes back as JSON would: strings, numbers, booleans, lists, maps, or null). The worker must
     * be running: Chromium starts it when the extension is loaded and on each event it listens to, and stops it
     * after about 30 idle seconds; once this has attached DevTools to it, it stays up until the browser closes.
     * Fails with the exception's text when the expression throws.
     */
    public synchronized Object evaluateInServiceWorker(String expression) {
        DevToolsConnection devTools = chromium.devTools();
        if (workerSession == null) {
            String target = waitForWorkerTarget(devTools);
            workerSession = (String) devTools.send("Target.attachToTarget",
                    Map.of("targetId", target, "flatten", true)).get("sessionId");
            waitForExtensionApis(devTools);
        }
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("expression", expression);
        params.put("awaitPromise", true);
        params.put("returnByValue", true);
        Map<String, Object> result = devTools.send(workerSession, "Runtime.evaluate", params);
        if (result.get("exceptionDetails") instanceof Map<?, ?> details) {
            Object exception = details.get("exception") instanceof Map<?, ?> e ? e.get("description") : null;
            throw new IllegalStateException("the service worker threw: "
                    + (exception != null ? exception : details.get("text")));
        }
        return result.get("result") instanceof Map<?, ?> value ? value.get("value") : null;
    }

    /** Whether the extension's service worker runs now (it has a DevTools target). */
    public boolean serviceWorkerRunning() {
        return targets().stream().anyMatch(target -> "service_worker".equals(target.get("type")));
    }

    /**
     * Stops the extension's service worker, as Chromium does when it has been idle, and waits until it is gone: its
     * DevTools target is closed ({@code Target.closeTarget}), which stops the worker. The next event it listens to
     * (a message from a content script) starts it again from scratch: the script is loaded and run, and everything it
     * keeps in memory is read from storage again. For measuring a cold start. Waiting for the idle stop instead takes
     * 30 s with no DevTools session attached.
     *
     * <p>An open LinkedIn or X page sends a keepalive every 20 s, which may start a new worker just as the old one
     * stops: a worker target with a new id is stopped in turn, so the worker is stopped when this returns.
     */
    public synchronized void stopServiceWorker() {
        DevToolsConnection devTools = chromium.devTools();
        workerSession = null;
        Instant deadline = Instant.now().plus(WORKER_WAIT);
        Set<Object> closed = new HashSet<>();
        while (true) {
            List<Object> running = targets().stream()
                    .filter(target -> "service_worker".equals(target.get("type")))
                    .map(target -> target.get("targetId"))
                    .toList();
            if (running.isEmpty()) {
                return;
            }
            for (Object targetId : running) {
                if (closed.add(targetId)) {
                    devTools.send("Target.closeTarget", Map.of("targetId", targetId));
                }
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("the service worker of extension " + id + " still runs after "
                        + WORKER_WAIT + ": " + targets());
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while stopping the service worker", e);
            }
        }
    }

    /** The DevTools targets of this extension (service worker, open pages), for diagnostics. */
    public List<Map<String, Object>> targets() {
        String prefix = url("");
        return chromium.devTools().targets().stream()
                .filter(target -> String.valueOf(target.get("url")).startsWith(prefix))
                .toList();
    }

    /**
     * A worker that has just started can be attached to before Chromium has given it the extension APIs (seen on a
     * busy machine: {@code chrome.storage} undefined); wait until {@code chrome.runtime.id} is there.
     */
    private void waitForExtensionApis(DevToolsConnection devTools) {
        Instant deadline = Instant.now().plus(WORKER_WAIT);
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("expression", "typeof chrome === 'object' && !!chrome.runtime && !!chrome.runtime.id"
                                 + " && !!chrome.storage");
        params.put("returnByValue", true);
        while (true) {
            Map<String, Object> result = devTools.send(workerSession, "Runtime.evaluate", params);
            if (result.get("result") instanceof Map<?, ?> value && Boolean.TRUE.equals(value.get("value"))) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("the service worker of extension " + id + " has no extension APIs"
                        + " after " + WORKER_WAIT);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the service worker", e);
            }
        }
    }

    private String waitForWorkerTarget(DevToolsConnection devTools) {
        Instant deadline = Instant.now().plus(WORKER_WAIT);
        while (true) {
            for (Map<String, Object> target : targets()) {
                if ("service_worker".equals(target.get("type"))) {
                    return (String) target.get("targetId");
                }
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("the service worker of extension " + id + " is not running after "
                        + WORKER_WAIT + " (has the manifest a background.service_worker? did it fail to start?);"
                        + " targets: " + devTools.targets());
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the service worker", e);
            }
        }
    }
}
