package io.herald.api.guidelines;

/**
 * Where the current rule set comes from, as a reader that keeps it parsed sees it: the version number is cheap to ask
 * for on every use, the rule set itself (a CLOB) is read only when the version changed.
 */
public interface RuleSetSource {

    /** The current version's number. */
    long currentVersion();

    /** The current version, with its rule set. */
    GuidelineSet current();
}
