package io.herald.extension.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The TeaVM-compiled engine in headless Chromium, where the extension runs it, gives exactly what the JVM gives and
 * the golden findings. Needs the machine's Chromium and ChromeDriver (CI installs them through .ci/run); without them
 * it fails and says what to install.
 */
class EngineInChromiumTest {

    private static CaseSuite cases;
    private static List<CaseResult> chromium;

    @BeforeAll
    static void runEveryCaseInChromium() {
        cases = EngineCases.all();
        chromium = ChromiumRunner.run(cases);
    }

    @Test
    void chromiumGivesTheGoldenFindings() {
        CrossRuntime.assertGolden("chromium", chromium);
    }

    @Test
    void chromiumGivesWhatTheJvmGivesForEveryCase() {
        CaseDiff.assertSame("jvm", JvmRunner.run(cases), "chromium", chromium);
    }

    @Test
    void chromiumMeasuresXLengthAsTwitterTextConformanceSays() {
        CrossRuntime.assertXLengths("chromium", chromium);
    }

    @Test
    void chromiumRanEveryCase() {
        assertEquals(cases.cases().size(), chromium.size());
    }
}
