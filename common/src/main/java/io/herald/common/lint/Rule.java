package io.herald.common.lint;

import io.herald.common.json.JsonObject;
import io.herald.common.lint.match.PhraseMatcher;
import java.util.List;

/**
 * One guideline of a rule set: a rule type (one class each, in {@code io.herald.common.lint.rules}) holding an
 * admin's definition, already validated.
 */
public interface Rule {

    RuleHeader header();

    /** The findings for a draft, in any order; {@link RuleSet#lint} filters by platform and sorts. */
    List<Finding> check(Draft draft);

    /** The phrase matchers of a phrase rule, which {@link RuleSet} indexes together so a lint walks words once. */
    default List<PhraseMatcher> phraseMatchers() {
        return List.of();
    }

    /** Adds this type's own fields, in canonical form, after the header's. */
    void writeFields(JsonObject json);

    /** The full canonical JSON of the rule. */
    default JsonObject toJson() {
        JsonObject json = header().toJson();
        writeFields(json);
        return json;
    }
}
