package io.herald.extension.engine;

import io.herald.extension.bench.Workload;
import java.util.List;

/** The benchmark's generated 10,000-item library and drafts, generated once per test run. */
final class BenchLibrary {

    private static final Workload WORKLOAD = Workload.generate();

    private BenchLibrary() {
    }

    static String json() {
        return WORKLOAD.libraryJson();
    }

    static List<String> queries() {
        return WORKLOAD.queries();
    }
}
