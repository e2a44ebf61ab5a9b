package io.herald.extension.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openqa.selenium.json.Json;

/**
 * Mozilla's {@code web-ext lint} (the add-ons linter Firefox's store runs) on an unpacked extension, from the pinned
 * {@code web-ext} in {@code node_modules} (what {@code npx web-ext lint} runs), with its update check turned off so
 * that it asks nothing of the network.
 */
public final class WebExtLint {

    private static final Path NODE_MODULES = Path.of(System.getProperty("herald.node.modules", "node_modules"));
    private static final Path NODE = Path.of(System.getProperty("herald.node", "node"));

    private WebExtLint() {
    }

    /** The linter's findings: counts, and each finding as {@code code file: message}. */
    public record Report(int errors, int warnings, int notices, List<String> findings, String json) {
    }

    /** Lints the unpacked extension in {@code folder}. */
    public static Report lint(Path folder) {
        Path webExt = NODE_MODULES.resolve("web-ext/bin/web-ext.js");
        if (!Files.isRegularFile(webExt)) {
            throw new IllegalStateException("web-ext is not installed in " + NODE_MODULES + "; the Maven build"
                    + " installs it (npm ci) before the tests");
        }
        ProcessBuilder command = new ProcessBuilder(NODE.toString(), webExt.toString(), "lint",
                "--source-dir", folder.toAbsolutePath().toString(), "--output", "json", "--no-config-discovery");
        command.environment().put("NO_UPDATE_NOTIFIER", "1");
        command.redirectError(ProcessBuilder.Redirect.DISCARD);
        try {
            Process process = command.start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("web-ext lint did not finish in 120 s");
            }
            Map<String, Object> result = new Json().toType(output, Json.MAP_TYPE);
            @SuppressWarnings("unchecked")
            Map<String, Number> summary = (Map<String, Number>) result.get("summary");
            List<String> findings = new java.util.ArrayList<>();
            for (String kind : List.of("errors", "warnings", "notices")) {
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> list = (List<Map<String, Object>>) result.getOrDefault(kind, List.of());
                for (Map<String, Object> finding : list) {
                    findings.add(finding.get("code") + " " + finding.getOrDefault("file", "") + ": "
                            + finding.get("message"));
                }
            }
            return new Report(summary.get("errors").intValue(), summary.get("warnings").intValue(),
                    summary.get("notices").intValue(), findings, output);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run web-ext lint (is node on the PATH?)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running web-ext lint", e);
        }
    }
}
