package io.herald.extension.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The TeaVM-compiled engine under Node gives exactly what the JVM gives, case by case, and exactly the findings the
 * golden files expect.
 */
class EngineOnNodeTest {

    private static CaseSuite cases;
    private static List<CaseResult> node;

    @BeforeAll
    static void runEveryCaseInNode() {
        cases = EngineCases.all();
        node = NodeRunner.run(cases);
    }

    @Test
    void nodeGivesTheGoldenFindings() {
        CrossRuntime.assertGolden("node", node);
    }

    @Test
    void nodeGivesWhatTheJvmGivesForEveryCase() {
        CaseDiff.assertSame("jvm", JvmRunner.run(cases), "node", node);
    }

    @Test
    void nodeMeasuresXLengthAsTwitterTextConformanceSays() {
        CrossRuntime.assertXLengths("node", node);
    }

    @Test
    void nodeRanEveryCase() {
        assertEquals(cases.cases().size(), node.size());
    }
}
