package io.herald.extension.engine;

import io.herald.extension.browser.HeadlessChromium;
import io.herald.extension.browser.LoopbackServer;
import java.time.Duration;
import java.util.List;

/**
 * Runs engine cases in headless Chromium: {@code src/test/js/engine-page.html} runs {@code engine-cases.mjs}, which
 * imports engine.js as a module and runs the cases with the same code as the Node runner.
 */
final class ChromiumRunner {

    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    private ChromiumRunner() {
    }

    static List<CaseResult> run(CaseSuite suite) {
        try (LoopbackServer server = new LoopbackServer()
                .file("engine.js", EngineFiles.engineJs())
                .file("engine-cases.mjs", EngineFiles.runnerJs("engine-cases.mjs"))
                .file("engine-page.html", EngineFiles.runnerJs("engine-page.html"))
                .text("cases.json", suite.toJson());
             HeadlessChromium chromium = HeadlessChromium.start()) {
            HeadlessChromium.Outcome outcome = chromium.open(server.url("engine-page.html"), TIMEOUT,
                    "results", "failure");
            if (!outcome.id().equals("results")) {
                throw new IllegalStateException("the engine page failed in Chromium " + chromium.version() + ":\n"
                        + outcome.text());
            }
            return CaseResult.listFromJson(outcome.text());
        }
    }
}
