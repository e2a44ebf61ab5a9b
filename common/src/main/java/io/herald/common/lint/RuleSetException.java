package io.herald.common.lint;

import java.util.Optional;

/**
 * A rule set that cannot be used: invalid JSON, an unknown rule type, a missing or malformed field, an empty
 * message, an invalid or unsafe regular expression. The message names the rule (its id and index) and the problem,
 * worded for the admin who wrote it.
 */
public class RuleSetException extends RuntimeException {

    private final Integer ruleIndex;

    public RuleSetException(String message) {
        super(message);
        this.ruleIndex = null;
    }

    /** A problem with one rule: its index in the {@code rules} list, so an editor can point at it. */
    public RuleSetException(int ruleIndex, String message) {
        super(message);
        this.ruleIndex = ruleIndex;
    }

    /** The index of the rule at fault, when the problem is with one rule rather than the whole set. */
    public Optional<Integer> ruleIndex() {
        return Optional.ofNullable(ruleIndex);
    }
}
