package io.herald.extension.assistant;

import io.herald.extension.jso.JsJson;
import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.JSObject;

/**
 * The engine's answer for a draft, as the background passes it on ({@code LintResultJson} in common): the findings,
 * the platform length and the share in the author's own words (NaN when the draft shares no library item).
 */
record LintResult(List<Finding> findings, int weighted, int max, boolean valid, double ownWords, String error) {

    /** One finding: its rule, level, span, message and the one-click fixes it offers. */
    record Finding(String ruleId, String level, int start, int end, String message, String description, String link,
                   List<Fix> fixes) {
    }

    /**
     * A fix: {@code replace} [start, end) with text, {@code remove} [start, end), or {@code insert} text at start
     * (end = start).
     */
    record Fix(String kind, int start, int end, String text) {
    }

    static LintResult parse(String json) {
        JSObject root = json == null ? null : JsJson.parse(json);
        if (root == null) {
            return failed("");
        }
        if (JsJson.has(root, "error")) {
            return failed(JsJson.string(root, "error", ""));
        }
        List<Finding> findings = new ArrayList<>();
        JSObject list = JsJson.list(root, "findings");
        for (int i = 0; i < JsJson.size(list); i++) {
            findings.add(finding(JsJson.at(list, i)));
        }
        JSObject length = JsJson.child(root, "length");
        return new LintResult(findings, (int) JsJson.number(length, "weighted", 0),
                (int) JsJson.number(length, "max", 0), !JsJson.has(length, "valid") || JsJson.flag(length, "valid"),
                JsJson.number(root, "ownWords", Double.NaN), "");
    }

    private static LintResult failed(String error) {
        return new LintResult(new ArrayList<>(), 0, 0, true, Double.NaN, error);
    }

    private static Finding finding(JSObject json) {
        List<Fix> fixes = new ArrayList<>();
        JSObject suggestions = JsJson.list(json, "suggestions");
        for (int i = 0; i < JsJson.size(suggestions); i++) {
            JSObject suggestion = JsJson.at(suggestions, i);
            String kind = JsJson.string(suggestion, "kind", "");
            int start = (int) JsJson.number(suggestion, kind.equals("insert") ? "offset" : "start", 0);
            int end = kind.equals("insert") ? start : (int) JsJson.number(suggestion, "end", start);
            fixes.add(new Fix(kind, start, end, JsJson.string(suggestion, "text", "")));
        }
        return new Finding(JsJson.string(json, "ruleId", ""), JsJson.string(json, "level", "suggestion"),
                (int) JsJson.number(json, "start", 0), (int) JsJson.number(json, "end", 0),
                JsJson.string(json, "message", ""), JsJson.string(json, "description", ""),
                JsJson.string(json, "link", ""), fixes);
    }
}
