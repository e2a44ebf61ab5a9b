package io.herald.extension.engine;

import java.util.List;

/** The TeaVM-compiled engine under Node (fast, no browser needed). */
class EngineOnNodeTest extends CompiledEngineContract {

    @Override
    String runtime() {
        return "node";
    }

    @Override
    List<CaseResult> run(CaseSuite suite) {
        return NodeRunner.run(suite);
    }
}
