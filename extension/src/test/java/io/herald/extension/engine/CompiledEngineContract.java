package io.herald.extension.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What the TeaVM-compiled engine must do in any JavaScript runtime: give exactly what the JVM gives, case by case,
 * the golden findings, and twitter-text's X lengths. Each runtime's test runs every case there once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CompiledEngineContract {

    private CaseSuite suite;
    private List<CaseResult> results;

    /** The runtime's name, as failures print it. */
    abstract String runtime();

    /** Runs every case of {@code suite} in the runtime. */
    abstract List<CaseResult> run(CaseSuite suite);

    @BeforeAll
    void runEveryCase() {
        suite = EngineCases.all();
        results = run(suite);
    }

    @Test
    void givesTheGoldenFindings() {
        CrossRuntime.assertGolden(runtime(), results);
    }

    @Test
    void givesWhatTheJvmGivesForEveryCase() {
        CaseDiff.assertSame("jvm", JvmRunner.run(suite), runtime(), results);
    }

    @Test
    void measuresXLengthAsTwitterTextConformanceSays() {
        CrossRuntime.assertXLengths(runtime(), results);
    }

    @Test
    void ranEveryCase() {
        assertEquals(suite.cases().size(), results.size());
    }
}
