package io.herald.common.lint.golden;

import io.herald.common.json.Json;
import io.herald.common.json.JsonObject;
import io.herald.common.json.JsonValue;
import io.herald.common.lint.DefaultGuidelines;
import io.herald.common.lint.Findings;
import io.herald.common.lint.LintRequest;
import io.herald.common.lint.LintRequestJson;
import io.herald.common.lint.RuleSet;
import java.util.ArrayList;
import java.util.List;

/**
 * One golden case: a rule set and a draft in, the exact rendered findings out.
 *
 * @param name        the case's file name, for reports
 * @param description what the case shows
 * @param ruleSet     the rules; {@code "ruleSet": "default"} in JSON means {@link DefaultGuidelines}
 * @param request     the draft and its context
 * @param expected    the rendered findings, one line each
 */
public record GoldenCase(String name, String description, RuleSet ruleSet, LintRequest request,
                         List<String> expected) {

    public GoldenCase {
        expected = List.copyOf(expected);
    }

    public static GoldenCase parse(String name, String json) {
        JsonObject root = Json.parse(json).asObject();
        JsonValue rules = root.get("ruleSet");
        RuleSet ruleSet = rules.isString() && rules.asString().equals("default")
                ? DefaultGuidelines.ruleSet()
                : RuleSet.parse(rules.toString());
        List<String> expected = new ArrayList<>();
        for (JsonValue line : root.get("expected").asArray()) {
            expected.add(line.asString());
        }
        return new GoldenCase(name, root.getString("description", ""), ruleSet,
                LintRequestJson.read(root.get("request").asObject()), expected);
    }

    /** What the engine gives for this case, rendered. */
    public String actual() {
        return Findings.render(ruleSet.lint(request));
    }

    /** What the case expects, rendered the same way: each line followed by a line break. */
    public String expectedText() {
        StringBuilder text = new StringBuilder();
        for (String line : expected) {
            text.append(line).append('\n');
        }
        return text.toString();
    }

    public boolean passes() {
        return actual().equals(expectedText());
    }
}
