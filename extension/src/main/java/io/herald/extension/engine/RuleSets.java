package io.herald.extension.engine;

import io.herald.common.lint.RuleSet;

/**
 * The rule set of the last {@code lint} call, kept parsed. The composer lints on every keystroke with the same rule
 * set text, and parsing it (with its regular expressions) costs more than the lint itself; comparing the text is
 * cheap, and identical when the caller passes the same string again.
 */
final class RuleSets {

    private static String lastJson;
    private static RuleSet lastRuleSet;

    private RuleSets() {
    }

    /** Parses {@code json}, or returns the rule set parsed from the same text last time. */
    static synchronized RuleSet parse(String json) {
        if (lastRuleSet == null || !json.equals(lastJson)) {
            RuleSet parsed = RuleSet.parse(json);
            lastJson = json;
            lastRuleSet = parsed;
        }
        return lastRuleSet;
    }
}
