package io.herald.engine;

import io.herald.common.json.Json;
import io.herald.common.json.JsonObject;
import io.herald.common.json.JsonValue;
import io.herald.common.json.ParseException;
import io.herald.common.lint.DefaultGuidelines;
import io.herald.common.lint.Findings;
import io.herald.common.lint.LintRequest;
import io.herald.common.lint.LintRequestJson;
import io.herald.common.lint.LintResultJson;
import io.herald.common.lint.RuleSet;
import io.herald.common.lint.RuleSetException;
import io.herald.common.platform.Platform;
import io.herald.common.platform.PostLength;
import io.herald.common.rank.RankIndex;
import io.herald.common.similarity.Fingerprint;
import io.herald.common.similarity.OwnWords;
import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.JSExport;

/**
 * The functions engine.js exports, for the extension and the admin page (see extension/README.md). TeaVM compiles
 * this class as the module's entry point; on the JVM the same methods are plain Java, which is how the tests compare
 * both runtimes call by call.
 *
 * <p>Arguments and results are strings (JSON where structured) or numbers, so that nothing of TeaVM's object model
 * leaks into the extension's JavaScript. Bad input never throws across the boundary: the JSON results carry
 * {@code {"error": "..."}} instead, with the engine's message.
 */
public final class EngineExports {

    static {
        BrowserEngine.setUp();
    }

    private EngineExports() {
    }

    /**
     * Lints a draft: {@code ruleSetJson} is a rule set ({@link RuleSet#parse}), {@code requestJson} the draft and its
     * context ({@link LintRequestJson}). Returns {@code {"findings", "length", "ownWords"}} as {@link LintResultJson}
     * describes, or {@code {"error"}}. The parsed rule set is kept while the same text comes back.
     */
    @JSExport
    public static String lint(String ruleSetJson, String requestJson) {
        try {
            return BrowserEngine.lint(RuleSets.parse(ruleSetJson), request(requestJson));
        } catch (RuleSetException | IllegalArgumentException e) {
            return error(e.getMessage());
        }
    }

    /**
     * The same lint, rendered as the golden tests print findings: one line per finding, {@code start-end ruleId
     * level: message [suggestions]}. For tests and for a quick look in the browser's console.
     */
    @JSExport
    public static String lintLines(String ruleSetJson, String requestJson) {
        try {
            return Findings.render(RuleSets.parse(ruleSetJson).lint(request(requestJson)));
        } catch (RuleSetException | IllegalArgumentException e) {
            return "error: " + e.getMessage() + "\n";
        }
    }

    /**
     * Validates a rule set as the API does before storing it. Returns the problem, naming the rule, or null when the
     * rule set is valid: a JavaScript caller tests it with {@code if (problem)}, which is why this boundary returns
     * null rather than an Optional.
     */
    @JSExport
    public static String validateRuleSet(String ruleSetJson) {
        try {
            RuleSet.parse(ruleSetJson);
            return null;
        } catch (RuleSetException e) {
            return e.getMessage();
        }
    }

    /** The guideline set a new install starts with, as JSON, for the admin page's "start from the defaults". */
    @JSExport
    public static String defaultGuidelines() {
        return DefaultGuidelines.json();
    }

    /**
     * The length of {@code text} on {@code platform} ({@code "x"} or {@code "linkedin"}):
     * {@code {"weighted", "max", "valid", "validRangeEnd"}}, or {@code {"error"}} for an unknown platform.
     */
    @JSExport
    public static String length(String text, String platform) {
        return Platform.fromId(platform)
                .map(known -> LintResultJson.length(PostLength.of(text, known)))
                .orElseGet(() -> error("unknown platform \"" + platform + "\""));
    }

    /**
     * The share, from 0 to 1, of {@code draft} in the author's own words rather than taken from the captions
     * ({@code captionsJson}: a JSON list of strings). -1 when {@code captionsJson} is not such a list.
     */
    @JSExport
    public static double ownWords(String draft, String captionsJson) {
        try {
            return OwnWords.share(draft, strings(captionsJson));
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }

    /** The near-duplicate fingerprint of {@code text}, as the API stores it to count copy-pasted posts. */
    @JSExport
    public static String fingerprint(String text) {
        return Fingerprint.of(text);
    }

    /**
     * Indexes a library for ranking ({@code [{"id", "title", "summary", "captions", "topics"}, ...]}, see
     * {@link LibraryJson}). Keep the handle and rank against it on every keystroke, with {@code handle.rank(draft,
     * limit)} or {@link #rank}. Throws an Error with the reason when the library JSON cannot be read: there is no
     * handle to return then.
     */
    @JSExport
    public static RankHandle rankIndex(String libraryJson) {
        return new RankHandle(RankIndex.build(LibraryJson.read(libraryJson)));
    }

    /** The at most {@code limit} best items of {@code index} for {@code draft}: {@code [{"id", "score"}, ...]}. */
    @JSExport
    public static String rank(RankHandle index, String draft, int limit) {
        return index.rank(draft, limit);
    }

    private static LintRequest request(String requestJson) {
        JsonValue json = parse(requestJson, "the request");
        if (!json.isObject()) {
            throw new IllegalArgumentException("the request must be a JSON object");
        }
        return LintRequestJson.read(json.asObject());
    }

    private static List<String> strings(String json) {
        JsonValue value = parse(json, "the list");
        if (!value.isArray()) {
            throw new IllegalArgumentException("expected a JSON list of strings");
        }
        List<String> strings = new ArrayList<>();
        for (JsonValue item : value.asArray()) {
            if (!item.isString()) {
                throw new IllegalArgumentException("expected a JSON list of strings");
            }
            strings.add(item.asString());
        }
        return strings;
    }

    private static JsonValue parse(String json, String what) {
        try {
            return Json.parse(json);
        } catch (ParseException e) {
            throw new IllegalArgumentException(what + " is not valid JSON: " + e.getMessage());
        }
    }

    /** What the exports return when their input cannot be used: {@code {"error": "..."}}. */
    private static String error(String message) {
        return new JsonObject().add("error", message).toString();
    }
}
