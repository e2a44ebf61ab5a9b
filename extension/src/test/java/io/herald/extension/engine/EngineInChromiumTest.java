package io.herald.extension.engine;

import java.util.List;

/**
 * The TeaVM-compiled engine in headless Chromium, where the extension runs it. Needs the machine's Chromium and
 * ChromeDriver (CI installs them through .ci/run); without them it fails and says what to install.
 */
class EngineInChromiumTest extends CompiledEngineContract {

    @Override
    String runtime() {
        return "chromium";
    }

    @Override
    List<CaseResult> run(CaseSuite suite) {
        return ChromiumRunner.run(suite);
    }
}
