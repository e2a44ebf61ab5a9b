package io.herald.extension.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.herald.common.json.Json;
import io.herald.common.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The checks that hold for the engine in any JavaScript runtime, against expectations written down outside it. */
final class CrossRuntime {

    private CrossRuntime() {
    }

    /** Every golden case's rendered findings are exactly the expected lines. */
    static void assertGolden(String runtime, List<CaseResult> results) {
        Map<String, CaseResult> byName = byName(results);
        List<String> problems = new ArrayList<>();
        List<EngineCases.Golden> golden = EngineCases.golden();
        for (EngineCases.Golden expected : golden) {
            CaseResult got = byName.get(expected.lines().name());
            if (got == null) {
                problems.add(expected.name() + ": no result");
            } else if (!got.output().isPresent() || !got.shown().equals(expected.expected())) {
                problems.add(expected.name() + ":\n" + CaseDiff.difference("expected", expected.expected(),
                        runtime, got.shown()));
            }
        }
        if (!problems.isEmpty()) {
            fail(problems.size() + " of " + golden.size() + " golden cases differ in " + runtime + ":\n\n"
                    + String.join("\n\n", problems));
        }
    }

    /** Each twitter-text conformance case has the weighted length and validity the conformance file gives. */
    static void assertXLengths(String runtime, List<CaseResult> results) {
        Map<String, CaseResult> byName = byName(results);
        List<String> problems = new ArrayList<>();
        List<EngineCases.XLength> lengths = EngineCases.xLengths();
        for (EngineCases.XLength expected : lengths) {
            CaseResult got = byName.get(expected.name());
            if (got == null || got.output().isEmpty()) {
                problems.add(expected.name() + ": " + (got == null ? "no result" : got.shown()));
                continue;
            }
            JsonObject length = Json.parse(got.shown()).asObject();
            if (length.getInt("weighted", -1) != expected.weightedLength()
                    || length.getBoolean("valid", !expected.valid()) != expected.valid()) {
                problems.add(expected.name() + ": expected weighted " + expected.weightedLength() + ", valid "
                        + expected.valid() + "; " + runtime + " gave " + got.shown());
            }
        }
        assertTrue(lengths.size() > 20, "only " + lengths.size() + " X length cases were read");
        if (!problems.isEmpty()) {
            fail(problems.size() + " of " + lengths.size() + " X length cases are wrong in " + runtime + ":\n"
                    + String.join("\n", problems));
        }
    }

    private static Map<String, CaseResult> byName(List<CaseResult> results) {
        return results.stream().collect(Collectors.toMap(CaseResult::name, Function.identity()));
    }
}
