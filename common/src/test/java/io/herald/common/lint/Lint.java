package io.herald.common.lint;

import io.herald.common.platform.Platform;
import java.util.List;
import org.junit.jupiter.api.Assertions;

/** Test helpers: a rule set from rule JSON objects, a draft linted against it, findings as rendered lines. */
public final class Lint {

    private Lint() {
    }

    /** A rule set holding the given rule objects, each written as JSON. */
    public static RuleSet rules(String... rules) {
        return RuleSet.parse("{\"version\": 1, \"rules\": [" + String.join(",", rules) + "]}");
    }

    public static List<String> lines(RuleSet rules, LintRequest request) {
        String rendered = Findings.render(rules.lint(request));
        return rendered.isEmpty() ? List.of() : List.of(rendered.split("\n"));
    }

    /** The rendered findings of one rule on an English LinkedIn draft. */
    public static List<String> lines(String rule, String text) {
        return lines(rules(rule), LintRequest.builder(text, Platform.LINKEDIN).build());
    }

    /** The message of the refusal of a rule set holding the given rules; fails if it is accepted. */
    public static String refusal(String... rules) {
        RuleSetException refused = Assertions.assertThrows(RuleSetException.class, () -> rules(rules));
        return refused.getMessage();
    }
}
