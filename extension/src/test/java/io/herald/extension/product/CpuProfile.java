package io.herald.extension.product;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A sampled CPU profile of a tab's main thread, as the DevTools Protocol's {@code Profiler.stop} returns it, read as
 * self time per script. Each sample is charged the time until the next sample (as DevTools' own bottom-up view
 * does) to the function it was taken in; functions are grouped by their script's URL.
 *
 * <p>V8's profiler samples the whole isolate, so content scripts (which run in isolated worlds of the same isolate)
 * are in it with the extension's URL, beside the page's own scripts.
 */
record CpuProfile(double wallMs, Map<String, Double> selfMsByUrl, double gcMs, double programMs, double idleMs) {

    /** V8's pseudo-functions: not script. */
    private static final String IDLE = "(idle)";
    private static final String PROGRAM = "(program)";
    private static final String GC = "(garbage collector)";
    private static final String ROOT = "(root)";
    /** Builtins and natives have no URL; their time is the calling script's in spirit, but V8 does not say whose. */
    static final String NO_URL = "(no url)";

    @SuppressWarnings("unchecked")
    static CpuProfile of(Map<String, Object> stopResult) {
        Map<String, Object> profile = (Map<String, Object>) stopResult.get("profile");
        Map<Long, String> urlOf = new HashMap<>();
        Map<Long, String> nameOf = new HashMap<>();
        for (Map<String, Object> node : (List<Map<String, Object>>) profile.get("nodes")) {
            Map<String, Object> frame = (Map<String, Object>) node.get("callFrame");
            long id = ((Number) node.get("id")).longValue();
            urlOf.put(id, String.valueOf(frame.get("url")));
            nameOf.put(id, String.valueOf(frame.get("functionName")));
        }
        List<Number> samples = (List<Number>) profile.get("samples");
        List<Number> deltas = (List<Number>) profile.get("timeDeltas");
        double startUs = ((Number) profile.get("startTime")).doubleValue();
        double endUs = ((Number) profile.get("endTime")).doubleValue();
        double[] at = new double[samples.size()];
        double clock = startUs;
        for (int i = 0; i < samples.size(); i++) {
            clock += deltas.get(i).doubleValue();
            at[i] = clock;
        }
        Map<String, Double> byUrl = new TreeMap<>();
        double gc = 0;
        double program = 0;
        double idle = 0;
        for (int i = 0; i < samples.size(); i++) {
            double ms = ((i + 1 < at.length ? at[i + 1] : endUs) - at[i]) / 1000;
            long node = samples.get(i).longValue();
            String name = nameOf.get(node);
            String url = urlOf.get(node);
            if (IDLE.equals(name)) {
                idle += ms;
            } else if (PROGRAM.equals(name) || ROOT.equals(name)) {
                program += ms;
            } else if (GC.equals(name)) {
                gc += ms;
            } else {
                byUrl.merge(url == null || url.isEmpty() ? NO_URL : url, ms, Double::sum);
            }
        }
        return new CpuProfile((endUs - startUs) / 1000, byUrl, gc, program, idle);
    }

    /** Self time in scripts (every URL, and builtins without one): what the page's JavaScript cost. */
    double scriptMs() {
        return selfMsByUrl.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /** Self time in scripts whose URL starts with {@code prefix} (an extension's {@code chrome-extension://id/}). */
    double scriptMs(String prefix) {
        return selfMsByUrl.entrySet().stream()
                .filter(entry -> entry.getKey().startsWith(prefix))
                .mapToDouble(Map.Entry::getValue)
                .sum();
    }

    /** Self time per script under {@code prefix}, by the script's path after it. */
    Map<String, Double> scriptsUnder(String prefix) {
        Map<String, Double> scripts = new TreeMap<>();
        selfMsByUrl.forEach((url, ms) -> {
            if (url.startsWith(prefix)) {
                scripts.put(url.substring(prefix.length()), ms);
            }
        });
        return scripts;
    }
}
