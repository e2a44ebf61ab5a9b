package io.herald.extension.bench;

import io.herald.engine.EngineExports;
import io.herald.engine.RankHandle;
import java.util.function.Supplier;

/**
 * The engine benchmark on the JVM: the exported functions the browser calls, on the same workload, each call timed
 * with System.nanoTime after as many untimed calls, which let the JIT compile the hot paths. A program, not a test:
 * {@code bench/engine/run.sh} runs it.
 */
public final class JvmBench {

    private static final int ITERATIONS = 3_000;
    /** Fewer calls per rule type: the breakdown is a profile, not the headline figure. */
    private static final int BREAKDOWN_ITERATIONS = 500;

    private JvmBench() {
    }

    public static void main(String[] args) {
        Workload workload = Workload.generate();
        System.out.printf("JVM %s (%s), %d processors%n", System.getProperty("java.version"),
                System.getProperty("java.vm.name"), Runtime.getRuntime().availableProcessors());

        long start = System.nanoTime();
        String first = EngineExports.lint(workload.ruleSetJson(), workload.requestJson());
        System.out.printf("first lint (parses the rule set): %.2f ms, %d characters of findings JSON%n",
                millis(System.nanoTime() - start), first.length());
        start = System.nanoTime();
        RankHandle index = EngineExports.rankIndex(workload.libraryJson());
        System.out.printf("rankIndex of %d items: %.1f ms%n", index.size(), millis(System.nanoTime() - start));

        Percentiles lint = measure(() -> EngineExports.lint(workload.ruleSetJson(), workload.requestJson()));
        Percentiles lintShort = measure(() -> EngineExports.lint(workload.ruleSetJson(), workload.shortRequestJson()));
        int[] query = {0};
        Percentiles rank = measure(() -> index.rank(workload.queries().get(query[0]++ % workload.queries().size()),
                10));
        Percentiles reference = measure(() -> String.valueOf(workload.referenceScan()));
        System.out.println(Percentiles.header());
        System.out.println(lint.row("lint", reference));
        System.out.println(lintShort.row("lint 280 (X)", reference));
        System.out.println(rank.row("rank", reference));
        System.out.println(reference.row("reference", reference));
        System.out.println("lint by rule type (the draft against only the rules of one type):");
        workload.ruleSetsByType().forEach((type, ruleSet) -> System.out.println(
                measure(() -> EngineExports.lint(ruleSet, workload.requestJson()), BREAKDOWN_ITERATIONS)
                        .row("  " + type, reference)));
    }

    private static Percentiles measure(Supplier<String> operation) {
        return measure(operation, ITERATIONS);
    }

    private static Percentiles measure(Supplier<String> operation, int iterations) {
        long sink = 0;
        for (int i = 0; i < iterations; i++) {
            sink += operation.get().length();
        }
        double[] samples = new double[iterations];
        for (int i = 0; i < iterations; i++) {
            long start = System.nanoTime();
            sink += operation.get().length();
            samples[i] = millis(System.nanoTime() - start);
        }
        if (sink == 42) {
            System.out.println("(sink)");
        }
        return Percentiles.of(samples);
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }
}
