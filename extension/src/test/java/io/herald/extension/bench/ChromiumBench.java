package io.herald.extension.bench;

import io.herald.common.json.Json;
import io.herald.common.json.JsonObject;
import io.herald.extension.browser.HeadlessChromium;
import io.herald.extension.browser.LoopbackServer;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The engine benchmark in headless Chromium: serves engine.js, {@code bench/engine/bench.mjs} and the generated
 * workload on loopback (cross-origin isolated, for 5 µs timers), lets the page time the same operations as
 * {@link JvmBench} and prints its figures. A program, not a test: {@code bench/engine/run.sh} runs it.
 *
 * <p>Arguments: the path of engine.js, the folder of bench.mjs, and the folder of the extension's test page
 * ({@code extension/src/test/js}).
 */
public final class ChromiumBench {

    private static final int ITERATIONS = 3_000;
    private static final int BREAKDOWN_ITERATIONS = 500;

    private ChromiumBench() {
    }

    public static void main(String[] args) {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: ChromiumBench <engine.js> <folder of bench.mjs>"
                    + " <folder of engine-page.html>");
        }
        Path engine = Path.of(args[0]);
        Path pages = Path.of(args[1]);
        Path testPages = Path.of(args[2]);
        Workload workload = Workload.generate();
        try (LoopbackServer server = new LoopbackServer()
                .file("engine.js", engine)
                .file("engine-page.html", testPages.resolve("engine-page.html"))
                .file("bench.mjs", pages.resolve("bench.mjs"))
                .file("bench-common.mjs", pages.resolve("bench-common.mjs"))
                .text("workload.json", workload.toJson());
             HeadlessChromium chromium = HeadlessChromium.start()) {
            HeadlessChromium.Outcome outcome = chromium.open(
                    server.url("engine-page.html?run=./bench.mjs&iterations=" + ITERATIONS + "&breakdown="
                            + BREAKDOWN_ITERATIONS), Duration.ofMinutes(10),
                    "results", "failure");
            if (!outcome.id().equals("results")) {
                throw new IllegalStateException("the benchmark page failed:\n" + outcome.text());
            }
            report(chromium.version(), Json.parse(outcome.text()).asObject());
        }
    }

    private static void report(String version, JsonObject results) {
        System.out.printf("Chromium %s, engine.js by TeaVM; timer step %.3f ms (cross-origin isolated: %s)%n", version,
                results.getDouble("resolutionMs", -1), results.getBoolean("crossOriginIsolated", false));
        System.out.printf("first lint (parses the rule set): %.2f ms, %d findings%n",
                results.getDouble("firstLintMs", -1), results.getInt("findings", -1));
        System.out.printf("rankIndex of %d items: %.1f ms%n", Workload.LIBRARY_ITEMS,
                results.getDouble("rankIndexMs", -1));
        Percentiles reference = percentiles(results, "reference");
        System.out.println(Percentiles.header());
        System.out.println(percentiles(results, "lint").row("lint", reference));
        System.out.println(percentiles(results, "lintShort").row("lint 280 (X)", reference));
        System.out.println(percentiles(results, "rank").row("rank", reference));
        System.out.println(reference.row("reference", reference));
        System.out.println(percentiles(results, "jsonRoundTrip").row("JSON round trip", reference));
        System.out.println("lint by rule type (the draft against only the rules of one type):");
        JsonObject byType = results.get("lintByType").asObject();
        for (String type : byType.names()) {
            System.out.println(percentiles(byType, type).row("  " + type, reference));
        }
    }

    private static Percentiles percentiles(JsonObject results, String operation) {
        JsonObject figures = results.get(operation).asObject();
        return new Percentiles(figures.getInt("n", 0), figures.getDouble("p50", 0), figures.getDouble("p99", 0),
                figures.getDouble("max", 0), figures.getDouble("mean", 0));
    }
}
