package io.herald.extension.bench;

import java.util.Arrays;
import java.util.Locale;

/** p50, p99, max and mean of timed samples in milliseconds, by nearest rank, as bench-common.mjs computes them. */
public record Percentiles(int n, double p50, double p99, double max, double mean) {

    public static Percentiles of(double[] samples) {
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        return new Percentiles(sorted.length, rank(sorted, 0.5), rank(sorted, 0.99), sorted[sorted.length - 1],
                Arrays.stream(sorted).average().orElse(0));
    }

    private static double rank(double[] sorted, double p) {
        return sorted[Math.max(0, (int) Math.ceil(p * sorted.length) - 1)];
    }

    /** One row of the report, with the ratio of this operation's p50 to the reference's. */
    public String row(String operation, Percentiles reference) {
        return String.format(Locale.ROOT, "%-20s %7d %10.4f %10.4f %10.4f %10.4f %10.1f", operation, n, p50, p99, max,
                mean, p50 / reference.p50);
    }

    public static String header() {
        return String.format(Locale.ROOT, "%-20s %7s %10s %10s %10s %10s %10s", "operation", "n", "p50 ms", "p99 ms",
                "max ms", "mean ms", "p50/ref");
    }
}
