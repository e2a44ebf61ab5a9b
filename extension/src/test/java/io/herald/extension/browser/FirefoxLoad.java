package io.herald.extension.browser;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Loads an unpacked extension into the machine's headless Firefox (Debian's {@code firefox-esr}, never a downloaded
 * one) as Firefox's developers do: {@code web-ext run}, which installs it as a temporary add-on through Firefox's
 * remote debugging protocol and reports whether Firefox accepted it. Then it watches Firefox's output for a moment
 * for errors thrown by the extension's own scripts ({@code moz-extension://} addresses).
 */
public final class FirefoxLoad {

    public static final Path FIREFOX = Path.of(System.getProperty("herald.firefox", "/usr/bin/firefox-esr"));
    private static final Path NODE_MODULES = Path.of(System.getProperty("herald.node.modules", "node_modules"));
    private static final Path NODE = Path.of(System.getProperty("herald.node", "node"));
    private static final String INSTALLED = "as a temporary add-on";

    private FirefoxLoad() {
    }

    /** What happened: whether Firefox installed it, and the lines of its output about the extension's scripts. */
    public record Outcome(boolean installed, List<String> extensionErrors, List<String> output) {
    }

    public static Outcome load(Path extension, Duration watchAfterInstall) {
        if (!Files.isExecutable(FIREFOX)) {
            throw new IllegalStateException("Firefox is not installed at " + FIREFOX + "; install it with"
                    + " `apt-get install -y firefox-esr` (what `./herald test` does), or point -Dherald.firefox at one");
        }
        ProcessBuilder command = new ProcessBuilder(NODE.toString(),
                NODE_MODULES.resolve("web-ext/bin/web-ext.js").toString(), "run",
                "--source-dir", extension.toAbsolutePath().toString(), "--firefox", FIREFOX.toString(),
                "--no-reload", "--no-input", "--no-config-discovery", "--verbose", "--args=-headless")
                .redirectErrorStream(true);
        command.environment().put("NO_UPDATE_NOTIFIER", "1");
        command.environment().put("MOZ_HEADLESS", "1");
        Process process;
        try {
            process = command.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run web-ext (is node on the PATH?)", e);
        }
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    lines.add(line);
                }
            } catch (IOException e) {
                lines.add("(output ended: " + e.getMessage() + ")");
            }
        }, "web-ext-output");
        reader.setDaemon(true);
        reader.start();
        List<String> output = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        boolean installed = false;
        try {
            Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
            while (Instant.now().isBefore(deadline)) {
                String line = lines.poll(200, TimeUnit.MILLISECONDS);
                if (line == null) {
                    if (!process.isAlive()) {
                        break;
                    }
                    continue;
                }
                output.add(line);
                if (line.contains(INSTALLED)) {
                    installed = true;
                    deadline = Instant.now().plus(watchAfterInstall);
                }
                if (line.contains("moz-extension://") && line.toLowerCase().contains("error")) {
                    errors.add(line);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        return new Outcome(installed, errors, output);
    }
}
