package io.herald.common.lint.regex;

/** Thrown from inside a regex match when it has read more characters than its budget allows. */
public final class MatchBudgetExceeded extends RuntimeException {

    public MatchBudgetExceeded(long budget) {
        super("regular expression stopped after reading " + budget + " characters");
    }
}
