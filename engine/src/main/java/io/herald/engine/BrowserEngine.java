package io.herald.engine;

import io.herald.common.lint.Draft;
import io.herald.common.lint.LintRequest;
import io.herald.common.lint.LintResultJson;
import io.herald.common.lint.RuleSet;
import io.herald.common.text.Scratch;
import io.herald.common.text.TextBuilder;
import org.teavm.classlib.PlatformDetector;

/**
 * The engine as Java code compiled into a browser script calls it: {@code engine.js}'s exports and the extension's
 * background both lint through here, so both get the browser's string building and the recycled work arrays.
 */
public final class BrowserEngine {

    /**
     * The work arrays that each lint hands on to the next (see {@link Scratch}): a browser script runs one lint at a
     * time and keeps nothing of it but the result. On the JVM, where tests may lint on several threads, every draft
     * has arrays of its own.
     */
    private static final Scratch SCRATCH = PlatformDetector.isJavaScript() ? Scratch.recycling() : Scratch.NONE;

    private static boolean setUp;

    static {
        setUp();
    }

    private BrowserEngine() {
    }

    /**
     * Makes the engine's code build strings the browser's way; each script calls it before any engine code runs (the
     * ranking and the length meter build strings too). In the browser, strings are built by joining JavaScript
     * strings (see JsTextBuilder); on the JVM, where the tests call the same methods, the default StringBuilder stays.
     */
    public static void setUp() {
        if (!setUp) {
            setUp = true;
            if (PlatformDetector.isJavaScript()) {
                TextBuilder.use(capacity -> new JsTextBuilder());
            }
        }
    }

    /** The lint result as JSON ({@link LintResultJson}): findings, length and own words. */
    public static String lint(RuleSet ruleSet, LintRequest request) {
        // One Draft for the rules and the result, so the text is analysed once per keystroke. Nothing of it is kept
        // once the result is written, so the next keystroke's draft may take over its work arrays.
        Draft draft = new Draft(request, SCRATCH);
        return LintResultJson.write(draft, ruleSet.lint(draft));
    }
}
