package io.herald.api.guidelines;

import io.herald.api.web.ApiException;
import io.herald.common.lint.RuleSet;
import io.herald.common.lint.RuleSetException;

/**
 * Validates a rule set with the guideline engine itself, the same code the extension runs, so a set the API accepts
 * is a set every composer can use. A refusal names the rule ({@code rules[3]}) and says what is wrong with it.
 */
public final class EngineGuidelineValidator implements GuidelineValidator {
    @Override
    public void validate(String ruleSet) {
        try {
            RuleSet.parse(ruleSet);
        } catch (RuleSetException refused) {
            throw ApiException.invalidField(refused.ruleIndex().map(i -> "rules[" + i + "]").orElse("rules"),
                                            "is not a valid guideline: " + refused.getMessage() + ".");
        }
    }
}
