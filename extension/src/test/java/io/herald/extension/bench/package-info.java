/**
 * Benchmark programs for issue 3's "Speed" (not tests): lint of a 3,000-character draft against 100 rules and ranking
 * against a 10,000-item library, on the JVM ({@link io.herald.extension.bench.JvmBench}) and in headless Chromium
 * ({@link io.herald.extension.bench.ChromiumBench}), from one generated {@link io.herald.extension.bench.Workload}.
 * Run them with bench/engine/run.sh.
 */
package io.herald.extension.bench;
