package io.herald.engine;

import io.herald.common.lint.RuleSet;

/**
 * The rule set of the last {@code lint} call, kept parsed. The composer lints on every keystroke with the same rule
 * set text, and parsing it (with its regular expressions) costs more than the lint itself; comparing the text is
 * cheap, and identical when the caller passes the same string again.
 */
final class RuleSets {

    /*
     * One immutable pair in a volatile field rather than a synchronized method: safe on the JVM, and without a
     * synchronized method in the program TeaVM leaves the monitor field out of every object in the browser.
     */
    private static volatile Parsed last;

    private record Parsed(String json, RuleSet ruleSet) {
    }

    private RuleSets() {
    }

    /** Parses {@code json}, or returns the rule set parsed from the same text last time. */
    static RuleSet parse(String json) {
        Parsed known = last;
        if (known == null || !json.equals(known.json())) {
            known = new Parsed(json, RuleSet.parse(json));
            last = known;
        }
        return known.ruleSet();
    }
}
