package io.herald.extension.engine;

import io.herald.common.json.Json;
import io.herald.common.json.JsonValue;
import io.herald.engine.EngineExports;
import io.herald.engine.RankHandle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Runs engine cases on the JVM, through the very methods that TeaVM exports. */
final class JvmRunner {

    private JvmRunner() {
    }

    static List<CaseResult> run(CaseSuite suite) {
        Map<String, RankHandle> indexes = new HashMap<>();
        List<CaseResult> results = new ArrayList<>();
        for (EngineCase engineCase : suite.cases()) {
            try {
                results.add(CaseResult.output(engineCase.name(), call(engineCase, suite, indexes)));
            } catch (RuntimeException e) {
                results.add(CaseResult.error(engineCase.name(), String.valueOf(e.getMessage())));
            }
        }
        return results;
    }

    private static JsonValue call(EngineCase c, CaseSuite suite, Map<String, RankHandle> indexes) {
        return switch (c.function()) {
            case "lint" -> string(EngineExports.lint(c.stringArg(0), c.stringArg(1)));
            case "lintLines" -> string(EngineExports.lintLines(c.stringArg(0), c.stringArg(1)));
            case "validateRuleSet" -> string(EngineExports.validateRuleSet(c.stringArg(0)));
            case "defaultGuidelines" -> string(EngineExports.defaultGuidelines());
            case "length" -> string(EngineExports.length(c.stringArg(0), c.stringArg(1)));
            case "ownWords" -> Json.value(EngineExports.ownWords(c.stringArg(0), c.stringArg(1)));
            case "fingerprint" -> string(EngineExports.fingerprint(c.stringArg(0)));
            case "rank" -> string(EngineExports.rank(indexes.computeIfAbsent(c.stringArg(0),
                    name -> EngineExports.rankIndex(suite.library(name))), c.stringArg(1), c.intArg(2)));
            default -> throw new IllegalArgumentException("no export named " + c.function());
        };
    }

    private static JsonValue string(String value) {
        return value == null ? Json.NULL : Json.value(value);
    }
}
