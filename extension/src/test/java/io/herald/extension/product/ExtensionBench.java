package io.herald.extension.product;

import io.herald.common.json.JsonArray;
import io.herald.common.json.JsonObject;
import io.herald.extension.bench.Percentiles;
import io.herald.extension.bench.Workload;
import io.herald.extension.browser.HeadlessChromium;
import io.herald.extension.fixtures.FixtureBrowser;
import io.herald.extension.fixtures.FixtureSites;
import io.herald.extension.fixtures.LinkedInFeed;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.openqa.selenium.By;

/**
 * The extension benchmark: the built extension in Debian's headless Chromium, signed in against a real Herald API in
 * this JVM that holds the engine benchmark's 100-rule rule set as the company's guidelines and a library of 200 items
 * (then 2,000), on the fixture copies of X and LinkedIn. It measures what a person feels, each against a reference
 * measured in the same run:
 *
 * <ol>
 *   <li>keystroke to updated findings on a 3,000-character draft (LinkedIn's share box, X's composer): real key
 *       events at a human pace, from each keydown to the first update of the panel's findings that includes that key;
 *       references: the editor's own DOM update for the key, and engine.js linting the same draft in the same page;
 *   <li>focus to first findings: a composer holding a draft gets focus on a fresh page (content.js has the assistant
 *       loaded), again on the same page (warm), and with the service worker stopped beforehand (cold), with 200 and
 *       2,000 items in the library;
 *   <li>the size of each script and of the zip, plain and gzipped, against the budgets;
 *   <li>the main-thread time of the extension's scripts while the timeline appends 500 posts, from a sampled CPU
 *       profile of the tab, against the page's own script time for the same appends.
 * </ol>
 *
 * <p>A program, not a test: {@code bench/extension/run.sh} runs it (see the README beside it). Arguments: the path of
 * engine.js and of the page probes ({@code bench/extension/probes.js}), and optionally {@code quick} (a few samples of
 * each, to try the program, not to report). Run from {@code extension/} (the fixture pages and {@code node_modules}
 * are found from there, as in the tests). Everything is generated from fixed seeds; all traffic stays on loopback.
 */
public final class ExtensionBench {

    /**
     * Where the report goes: the process's standard output as it was at the start. Everything else that prints to
     * System.out (the API's and Selenium's logs) is sent to standard error, which run.sh keeps in a log file.
     */
    private static final PrintStream OUT = System.out;
    private static final long SEED = 20_261_204L;
    private static final int LIBRARY = 200;
    private static final int LARGE_LIBRARY = 2_000;
    private static final Duration WAIT = Duration.ofSeconds(30);
    /** Budgets, as BundlesTest holds them. */
    private static final int CONTENT_SCRIPT_BUDGET = 30 * 1024;
    private static final int ZIP_BUDGET = 600 * 1024;
    private static final Pattern EXPORTS = Pattern.compile("export\\s*\\{([^}]*)}\\s*;?\\s*$");
    /** Words typed into the composers: letters and spaces only, so each key adds one to the platform length. */
    private static final List<String> TYPED_WORDS = List.of("we", "are", "proud", "to", "share", "our", "new",
            "battery", "factory", "with", "the", "team", "and", "partners", "today", "thank", "you", "all", "for",
            "great", "work", "this", "year", "see", "more", "about", "it", "in", "vaasa", "leverage", "synergies",
            "going", "forward", "confidential", "roadmap", "beta", "launch", "customers", "engineers", "hiring");

    /** How much of each measurement to take. */
    private record Plan(int keys, int focusPages, int largeFocusPages, int warmPerPage, int lints, int appended) {
    }

    private final Plan plan;
    private final Workload workload;
    private final String probes;
    private final String engine;
    private final List<String> approvedUrls = new ArrayList<>();
    private Programme programme;

    private ExtensionBench(Plan plan, Workload workload, String probes, String engine) {
        this.plan = plan;
        this.workload = workload;
        this.probes = probes;
        this.engine = engine;
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: ExtensionBench <engine.js> <probes.js> [quick]");
        }
        System.setOut(System.err);
        boolean quick = args.length > 2 && args[2].equals("quick");
        Plan plan = quick ? new Plan(30, 2, 2, 1, 50, 100) : new Plan(200, 10, 6, 2, 300, 500);
        ExtensionBench bench = new ExtensionBench(plan, Workload.generate(), Files.readString(Path.of(args[1])),
                moduleAsFunction(Files.readString(Path.of(args[0]))));
        OUT.println("Herald extension benchmark" + (quick ? " (quick: too few samples to report)" : ""));
        OUT.println("load average at the start " + loadAverage());
        bench.sizes();
        bench.run();
        OUT.println();
        OUT.println("load average at the end " + loadAverage() + " (this run's own work included)");
    }

    /** The 1, 5 and 15 minute load averages: figures measured while other work runs are not figures. */
    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    // ---------------------------------------------------------------------------------------------------- sizes

    private void sizes() throws IOException {
        Path folder = Programme.EXTENSION;
        OUT.println();
        OUT.println("## Script sizes (" + folder + ")");
        OUT.println(String.format(Locale.ROOT, "%-16s %10s %10s %10s", "file", "bytes", "gzip -6", "budget"));
        List<Path> scripts;
        try (Stream<Path> files = Files.list(folder)) {
            scripts = files.filter(file -> file.toString().endsWith(".js")).sorted().toList();
        }
        for (Path script : scripts) {
            String name = script.getFileName().toString();
            OUT.println(String.format(Locale.ROOT, "%-16s %10d %10d %10s", name, Files.size(script),
                    gzipSize(script), name.equals("content.js") ? budget(Files.size(script), CONTENT_SCRIPT_BUDGET)
                            : ""));
        }
        try (Stream<Path> files = Files.list(folder.getParent())) {
            for (Path zip : files.filter(file -> file.getFileName().toString().matches("herald-extension-.*\\.zip"))
                    .toList()) {
                OUT.println(String.format(Locale.ROOT, "%-16s %10d %10s %10s", "the zip", Files.size(zip),
                        "", budget(Files.size(zip), ZIP_BUDGET)));
            }
        }
    }

    private static long gzipSize(Path file) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(Files.readAllBytes(file));
        }
        return out.size();
    }

    private static String budget(long size, int budget) {
        return String.format(Locale.ROOT, "%d%% of %d", Math.round(100.0 * size / budget), budget);
    }

    // ------------------------------------------------------------------------------------------------ programme

    private void run() {
        try (Programme started = Programme.start()) {
            programme = started;
            OUT.println("Chromium " + chromium().version() + " (" + HeadlessChromium.BROWSER + "), extension "
                    + Programme.EXTENSION.toAbsolutePath().normalize());
            programme.admin.guidelines(workload.ruleSetJson());
            approvedUrls.add(Programme.OFFICE_URL);
            approvedUrls.add("https://www.example.com/news/markup");
            PublishedLibrary library = new PublishedLibrary(workload.libraryJson());
            approvedUrls.addAll(library.publish(programme.admin, 0, LIBRARY - 2));
            programme.signedIn();
            awaitBackground(LIBRARY);

            OUT.println();
            OUT.println("## Keystroke to updated findings, 3,000-character draft, " + LIBRARY + " items");
            Keystrokes linkedIn = keystrokes("linkedin");
            Keystrokes x = keystrokes("x");
            OUT.println(Percentiles.header());
            linkedIn.print("LinkedIn");
            x.print("X");
            roundTrips(linkedIn);

            OUT.println();
            OUT.println("## Focus to first findings (X), " + LIBRARY + " items");
            Focus small = focus(plan.focusPages);
            small.print(x.lint);

            OUT.println();
            OUT.println("## Content script cost while the timeline appends " + plan.appended + " posts");
            timeline("x");
            timeline("linkedin");

            approvedUrls.addAll(library.publish(programme.admin, LIBRARY - 2, LARGE_LIBRARY - 2));
            refreshBackground();
            awaitBackground(LARGE_LIBRARY);
            OUT.println();
            OUT.println("## Keystroke to updated findings, 3,000-character draft, " + LARGE_LIBRARY + " items");
            Keystrokes linkedInLarge = keystrokes("linkedin");
            OUT.println(Percentiles.header());
            linkedInLarge.print("LinkedIn");
            OUT.println(String.format(Locale.ROOT, "  against %d items: to findings p50 %.1f x, engine lint p50 %.1f x",
                    LIBRARY, linkedInLarge.findings.p50() / linkedIn.findings.p50(),
                    linkedInLarge.lint.p50() / linkedIn.lint.p50()));

            OUT.println();
            OUT.println("## Focus to first findings (X), " + LARGE_LIBRARY + " items");
            Focus large = focus(plan.largeFocusPages);
            large.print(linkedInLarge.lint);
        } finally {
            programme = null;
        }
    }

    private HeadlessChromium chromium() {
        return programme.browser.chromium();
    }

    private FixtureBrowser browser() {
        return programme.browser;
    }

    private Object script(String script, Object... args) {
        return chromium().script(script, args);
    }

    /**
     * Waits until the background has stored the rule set and a feed of {@code items} items (each stored as JSON text,
     * see {@code Store}).
     */
    private void awaitBackground(int items) {
        chromium().extension().open("options.html");
        chromium().waitFor("return new Promise(function (resolve) {"
                + " chrome.storage.local.get(['feed', 'guidelines'], function (stored) {"
                + "   resolve(!!stored.feed && JSON.parse(stored.feed).length === " + items
                + "     && !!stored.guidelines && JSON.parse(stored.guidelines).json.length > 1000); }); })", WAIT);
    }

    /** Has the background read the rule set and the feed again now, through its own refresh alarm. */
    private void refreshBackground() {
        chromium().extension().open("options.html");
        script("chrome.alarms.create('herald-refresh', {when: Date.now() + 10});");
    }

    /** Opens a new page of {@code site} (and LinkedIn's share box, which takes focus), with the probes in it. */
    private void openWithProbes(String site, boolean shareBox) {
        if (site.equals("linkedin")) {
            LinkedInFeed feed = browser().linkedInFeed();
            if (shareBox) {
                feed.openShareBox();
            }
        } else {
            browser().xHome(FixtureSites.X);
        }
        script(probes);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static String js(String text) {
        return AssistantPanel.jsString(text);
    }

    // ---------------------------------------------------------------------------------------------- keystrokes

    /** The figures of one composer: keystroke to findings, keystroke to the editor's update, engine.js's lint. */
    private record Keystrokes(Percentiles findings, Percentiles editor, Percentiles lint, int keys, int updates,
                              double meanIntervalMs, int lintFindings, int panelFindings) {

        void print(String site) {
            OUT.println(findings.row(site + ": to findings", lint));
            OUT.println(editor.row(site + ": editor DOM", lint));
            OUT.println(lint.row(site + ": engine lint", lint));
            OUT.println(String.format(Locale.ROOT, "  %d keys, one every %.0f ms on average; %d updates of the"
                    + " findings (%d findings listed, engine.js finds %d); to findings p50 = %.1f x the editor's"
                    + " update, p99 = %.1f x", keys, meanIntervalMs, updates, panelFindings, lintFindings,
                    findings.p50() / editor.p50(), findings.p99() / editor.p99()));
        }
    }

    @SuppressWarnings("unchecked")
    private Keystrokes keystrokes(String site) {
        int limit = site.equals("linkedin") ? 3000 : 280;
        openWithProbes(site, true);
        script("__heraldBench.editor(arguments[0]).focus();", site);
        script("return __heraldBench.paste(arguments[0], arguments[1]);", site, workload.draft());
        chromium().waitFor("return __heraldBench.text(" + js(site) + ").length === " + workload.draft().length()
                + " && __heraldBench.findingCount() > 0", WAIT);
        pause(1500);
        String typed = typedText(new Random(SEED), plan.keys);
        script("return __heraldBench.startKeystrokes(arguments[0], arguments[1]);", site, limit);
        double[] intervals = type(typed, new Random(SEED + 1));
        pause(1500);
        Map<String, Object> record = (Map<String, Object>) script("return __heraldBench.stopKeystrokes();");
        String text = (String) script("return __heraldBench.text(arguments[0]);", site);
        if (!text.equals(workload.draft() + typed)) {
            throw new IllegalStateException("the typed text did not land at the end of the draft on " + site
                    + ": ..." + text.substring(Math.max(0, text.length() - 80)));
        }
        int panelFindings = ((Number) script("return __heraldBench.findingCount();")).intValue();
        Lint lint = engineLint(text, site);

        List<List<Number>> keydowns = (List<List<Number>>) record.get("keydowns");
        List<Number> editor = (List<Number>) record.get("editor");
        List<List<Number>> updates = (List<List<Number>>) record.get("findings");
        int startLength = ((Number) record.get("startLength")).intValue();
        if (keydowns.size() != typed.length() || startLength < 0) {
            throw new IllegalStateException(keydowns.size() + " keydowns seen for " + typed.length()
                    + " keys typed, length shown before typing " + startLength);
        }
        double[] toFindings = new double[keydowns.size()];
        double[] toEditor = new double[keydowns.size()];
        for (int i = 0; i < keydowns.size(); i++) {
            double timeStamp = keydowns.get(i).get(0).doubleValue();
            double seen = keydowns.get(i).get(1).doubleValue();
            toEditor[i] = firstAfter(editor, seen) - timeStamp;
            toFindings[i] = firstShowing(updates, startLength + i + 1) - timeStamp;
        }
        double meanInterval = 0;
        for (double interval : intervals) {
            meanInterval += interval / intervals.length;
        }
        return new Keystrokes(Percentiles.of(toFindings), Percentiles.of(toEditor), Percentiles.of(lint.times),
                typed.length(), updates.size(), meanInterval, lint.findings, panelFindings);
    }

    /**
     * Where a keystroke's time goes, from the options page (an extension page, so the background answers it as it
     * answers the assistant): the round trip of an empty message to the background and back (the browser's messaging
     * alone), and of a lint of the draft as the assistant sends it (messaging, the background's work and the JSON
     * both ways). What the keystroke figure adds to the lint's round trip is the content script's own work (reading
     * the draft, showing the findings, marking them) and the scheduling between the processes.
     */
    @SuppressWarnings("unchecked")
    private void roundTrips(Keystrokes linkedIn) {
        chromium().extension().open("options.html");
        String time = "return (async function (message, count) {"
                + "  var times = [];"
                + "  for (var i = 0; i < 2 * count; i++) {"
                + "    var start = performance.now();"
                + "    await chrome.runtime.sendMessage(message);"
                + "    if (i >= count) { times.push(performance.now() - start); }"
                + "  }"
                + "  return times; })(arguments[0], arguments[1]);";
        String keepalive = new JsonObject().add("kind", "keepalive").toString();
        String lint = new JsonObject().add("kind", "lint").add("text", workload.draft()).add("platform", "linkedin")
                .add("contentId", "").toString();
        Percentiles empty = Percentiles.of(((List<Number>) script(time, keepalive, plan.lints)).stream()
                .mapToDouble(Number::doubleValue).toArray());
        Percentiles linted = Percentiles.of(((List<Number>) script(time, lint, plan.lints)).stream()
                .mapToDouble(Number::doubleValue).toArray());
        OUT.println();
        OUT.println("## Where a keystroke's time goes (LinkedIn, from an extension page)");
        OUT.println(Percentiles.header().replace("p50/ref", "p50/empty"));
        OUT.println(empty.row("empty message round trip", empty));
        OUT.println(linted.row("lint round trip", empty));
        OUT.println(linkedIn.lint.row("engine lint in the page", empty));
        OUT.println(linkedIn.findings.row("keystroke to findings", empty));
        OUT.println(String.format(Locale.ROOT, "  p50: messaging %.1f ms, the background's lint and JSON %.1f ms,"
                + " the rest (the editor, the content script, scheduling) %.1f ms", empty.p50(),
                linted.p50() - empty.p50(), linkedIn.findings.p50() - linted.p50()));
    }

    /** What a person types after the draft: a space, then words, {@code length} characters in all. */
    private static String typedText(Random random, int length) {
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            text.append(' ').append(TYPED_WORDS.get(random.nextInt(TYPED_WORDS.size())));
        }
        return text.substring(0, length);
    }

    /**
     * Types {@code text} with real key events (DevTools {@code Input.dispatchKeyEvent}, as a keyboard would send
     * them), one key every 60 to 100 ms (on a fixed schedule, so a slow key does not slow the pace). Returns the
     * intervals kept.
     */
    private double[] type(String text, Random random) {
        double[] intervals = new double[text.length()];
        long next = System.nanoTime();
        long previous = next;
        for (int i = 0; i < text.length(); i++) {
            next += (60 + random.nextInt(41)) * 1_000_000L;
            long wait = next - System.nanoTime();
            if (wait > 0) {
                pause(wait / 1_000_000L);
            }
            long now = System.nanoTime();
            intervals[i] = (now - previous) / 1e6;
            previous = now;
            key(text.charAt(i));
        }
        return intervals;
    }

    private void key(char c) {
        String key = String.valueOf(c);
        String code = c == ' ' ? "Space" : "Key" + Character.toUpperCase(c);
        int keyCode = c == ' ' ? 32 : Character.toUpperCase(c);
        chromium().driver().executeCdpCommand("Input.dispatchKeyEvent", Map.of("type", "keyDown", "key", key,
                "code", code, "text", key, "unmodifiedText", key, "windowsVirtualKeyCode", keyCode,
                "nativeVirtualKeyCode", keyCode));
        chromium().driver().executeCdpCommand("Input.dispatchKeyEvent", Map.of("type", "keyUp", "key", key,
                "code", code, "windowsVirtualKeyCode", keyCode, "nativeVirtualKeyCode", keyCode));
    }

    /** The first time in {@code times} at or after {@code time}, or NaN. */
    private static double firstAfter(List<Number> times, double time) {
        for (Number at : times) {
            if (at.doubleValue() >= time) {
                return at.doubleValue();
            }
        }
        return Double.NaN;
    }

    /** The time of the first update of the findings made for a draft of at least {@code length}, or NaN. */
    private static double firstShowing(List<List<Number>> updates, int length) {
        for (List<Number> update : updates) {
            if (update.get(1).intValue() >= length) {
                return update.get(0).doubleValue();
            }
        }
        return Double.NaN;
    }

    // ------------------------------------------------------------------------------------------------- engine

    private record Lint(double[] times, int findings) {
    }

    /**
     * engine.js in the page, linting the draft as the background does for the assistant: the same rule set, the
     * library's addresses as approved URLs, the platform's length.
     */
    @SuppressWarnings("unchecked")
    private Lint engineLint(String text, String site) {
        if (!Boolean.TRUE.equals(script("return __heraldBench.useEngine(" + engine + ");"))) {
            throw new IllegalStateException("engine.js did not load in the page");
        }
        JsonArray approved = new JsonArray();
        approvedUrls.forEach(approved::add);
        String request = new JsonObject()
                .add("text", text)
                .add("platform", site)
                .add("language", "en")
                .add("approvedUrls", approved)
                .add("trackedLinks", new JsonArray().add(programme.api.url() + "/r/"))
                .toString();
        Map<String, Object> result = (Map<String, Object>) script(
                "return __heraldBench.timeLint(arguments[0], arguments[1], arguments[2]);",
                workload.ruleSetJson(), request, plan.lints);
        List<Number> times = (List<Number>) result.get("times");
        return new Lint(times.stream().mapToDouble(Number::doubleValue).toArray(),
                ((Number) result.get("findings")).intValue());
    }

    /**
     * engine.js's source as a function expression that returns its exports: {@code export{D as lint,...}} at its end
     * becomes {@code return {lint: D, ...}}. Run as the body of a WebDriver script, it is not code evaluated from a
     * string inside the page, which the fixture pages' CSP (like the sites') forbids.
     */
    static String moduleAsFunction(String module) {
        Matcher exports = EXPORTS.matcher(module);
        if (!exports.find()) {
            throw new IllegalArgumentException("engine.js does not end in an export list");
        }
        StringBuilder returned = new StringBuilder("return {");
        for (String export : exports.group(1).split(",")) {
            String[] names = export.trim().split("\\s+as\\s+");
            returned.append(names.length == 2 ? names[1] : names[0]).append(": ").append(names[0]).append(", ");
        }
        returned.append("};");
        return "(function () {" + module.substring(0, exports.start()) + returned + "})()";
    }

    // --------------------------------------------------------------------------------------------------- focus

    /** Focus to first findings, in ms, per case. */
    private record Focus(List<Double> fresh, List<Double> warm, List<Double> coldFresh, List<Double> coldLoaded,
                         List<Double> freshPanel, List<Double> coldPanel, List<Double> stoppedBeforeLoad) {

        void print(Percentiles lint) {
            OUT.println(Percentiles.header().replace("p50/ref", "p50/lint"));
            OUT.println(of(fresh).row("first focus, page", lint));
            OUT.println(of(freshPanel).row("  (panel in page)", lint));
            OUT.println(of(warm).row("focus again (warm)", lint));
            OUT.println(of(stoppedBeforeLoad).row("worker stopped, page", lint));
            OUT.println(of(coldFresh).row("cold worker, page", lint));
            OUT.println(of(coldPanel).row("  (panel in page)", lint));
            OUT.println(of(coldLoaded).row("cold worker, again", lint));
            OUT.println(String.format(Locale.ROOT, "  p50 against focus again (warm): first focus %.1f x,"
                    + " worker stopped before the page loaded %.1f x, cold worker on a new page %.1f x,"
                    + " cold worker focusing again %.1f x",
                    of(fresh).p50() / of(warm).p50(), of(stoppedBeforeLoad).p50() / of(warm).p50(),
                    of(coldFresh).p50() / of(warm).p50(), of(coldLoaded).p50() / of(warm).p50()));
        }

        private static Percentiles of(List<Double> samples) {
            return Percentiles.of(samples.stream().mapToDouble(Double::doubleValue).toArray());
        }
    }

    /**
     * On each of {@code pages} new X pages, twice: a composer holding the draft (pasted without giving it focus)
     * gets focus: first with the worker running (content.js asks the background, which injects assistant.js), then,
     * on the next page, with the worker stopped just before. On the first page of each pair it is focused again
     * {@link Plan#warmPerPage} times (focus moved away and back), then once more with the worker stopped. Then a
     * third page, opened after the worker was stopped: content.js starts the background as the page loads, so this
     * is a first focus after the browser had stopped an idle worker (the cold figures are the worker stopped after
     * the page loaded, just before the focus, which the page's keep-alive messages otherwise prevent).
     */
    private Focus focus(int pages) {
        Focus focus = new Focus(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (int page = 0; page < pages; page++) {
            double[] fresh = firstFocus(Worker.RUNNING);
            focus.fresh.add(fresh[1]);
            focus.freshPanel.add(fresh[0]);
            for (int again = 0; again < plan.warmPerPage; again++) {
                focus.warm.add(focusAgain(false));
            }
            focus.coldLoaded.add(focusAgain(true));
            double[] cold = firstFocus(Worker.STOPPED_BEFORE_FOCUS);
            focus.coldFresh.add(cold[1]);
            focus.coldPanel.add(cold[0]);
            focus.stoppedBeforeLoad.add(firstFocus(Worker.STOPPED_BEFORE_LOAD)[1]);
        }
        return focus;
    }

    /** The extension's service worker at a first focus: running, or stopped before the page loaded or the focus. */
    private enum Worker { RUNNING, STOPPED_BEFORE_LOAD, STOPPED_BEFORE_FOCUS }

    /** A new page, the draft pasted, the composer focused: {ms to the panel in the page, ms to its findings}. */
    private double[] firstFocus(Worker worker) {
        if (worker == Worker.STOPPED_BEFORE_LOAD) {
            chromium().extension().stopServiceWorker();
        }
        openWithProbes("x", false);
        script("return __heraldBench.paste('x', arguments[0]);", workload.draft());
        chromium().waitFor("return __heraldBench.text('x').length === " + workload.draft().length(), WAIT);
        if (!Boolean.TRUE.equals(script("return document.activeElement === document.body"
                                        + " && !__heraldBench.panel();"))) {
            throw new IllegalStateException("the composer got focus or the assistant loaded before the measurement");
        }
        pause(300);
        if (worker == Worker.STOPPED_BEFORE_FOCUS) {
            chromium().extension().stopServiceWorker();
            pause(300);
        }
        Map<String, Object> result = focusAndWait();
        return new double[] {((Number) result.get("panel")).doubleValue(),
            ((Number) result.get("findings")).doubleValue()};
    }

    /** Focus moved away from the composer and back to it: ms to the panel's findings updated. */
    private double focusAgain(boolean coldWorker) {
        script("document.activeElement.blur();");
        pause(300);
        if (coldWorker) {
            chromium().extension().stopServiceWorker();
            pause(300);
        }
        return ((Number) focusAndWait().get("findings")).doubleValue();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> focusAndWait() {
        script("return __heraldBench.focus('x');");
        chromium().waitFor("return __heraldBench.focusResult().findings >= 0", WAIT);
        return (Map<String, Object>) script("return __heraldBench.focusResult();");
    }

    // ------------------------------------------------------------------------------------------------ timeline

    /**
     * The page's main thread while the timeline appends posts, profiled (sampled every 100 µs): once before any
     * composer had focus (content.js alone), once with the assistant loaded and a composer holding a draft focused.
     */
    private void timeline(String site) {
        String prefix = chromium().extension().url("");
        openWithProbes(site, false);
        pause(500);
        CpuProfile idle = profileAppends();
        if (site.equals("linkedin")) {
            chromium().driver().findElement(By.cssSelector(
                    LinkedInFeed.START_POST)).click();
        } else {
            script("__heraldBench.editor('x').focus();");
        }
        script("return __heraldBench.paste(arguments[0], arguments[1]);", site,
                workload.draft().substring(0, 600));
        chromium().waitFor("return __heraldBench.findingCount() > 0", WAIT);
        pause(1000);
        CpuProfile composing = profileAppends();
        CpuProfile typing = profileTyping();
        String name = site.equals("x") ? "X" : "LinkedIn";
        printProfile(name + ", content.js only", idle, prefix);
        printProfile(name + ", composing", composing, prefix);
        // The control: typing makes the assistant work, so a profile that sees no extension time here sees nothing.
        printProfile(name + ", typing 20 keys", typing, prefix);
    }

    @SuppressWarnings("unchecked")
    private CpuProfile profileAppends() {
        var driver = chromium().driver();
        driver.executeCdpCommand("Profiler.enable", Map.of());
        driver.executeCdpCommand("Profiler.setSamplingInterval", Map.of("interval", 100));
        driver.executeCdpCommand("Profiler.start", Map.of());
        script("return window.__fixture.appendPosts(arguments[0]);", plan.appended);
        Map<String, Object> stopped = driver.executeCdpCommand("Profiler.stop", Map.of());
        driver.executeCdpCommand("Profiler.disable", Map.of());
        return CpuProfile.of(stopped);
    }

    /** The same profile while 20 keys are typed into the focused composer, which the assistant lints. */
    private CpuProfile profileTyping() {
        var driver = chromium().driver();
        driver.executeCdpCommand("Profiler.enable", Map.of());
        driver.executeCdpCommand("Profiler.setSamplingInterval", Map.of("interval", 100));
        driver.executeCdpCommand("Profiler.start", Map.of());
        type(typedText(new Random(SEED + 2), 20), new Random(SEED + 3));
        pause(500);
        Map<String, Object> stopped = driver.executeCdpCommand("Profiler.stop", Map.of());
        driver.executeCdpCommand("Profiler.disable", Map.of());
        return CpuProfile.of(stopped);
    }

    private static void printProfile(String label, CpuProfile profile, String extensionPrefix) {
        double extension = profile.scriptMs(extensionPrefix);
        double page = profile.scriptMs() - extension;
        OUT.println(String.format(Locale.ROOT, "%-28s wall %6.0f ms; page scripts %6.1f ms, GC %5.1f ms,"
                + " other main-thread work %6.1f ms; extension %6.2f ms = %.2f%% of the page's script time %s",
                label, profile.wallMs(), page, profile.gcMs(), profile.programMs(), extension, 100 * extension / page,
                profile.scriptsUnder(extensionPrefix)));
    }
}
