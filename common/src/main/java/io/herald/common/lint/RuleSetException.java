package io.herald.common.lint;

/**
 * A rule set that cannot be used: invalid JSON, an unknown rule type, a missing or malformed field, an empty
 * message, an invalid or unsafe regular expression. The message names the rule (its id and index) and the problem,
 * worded for the admin who wrote it.
 */
public class RuleSetException extends RuntimeException {

    public RuleSetException(String message) {
        super(message);
    }
}
