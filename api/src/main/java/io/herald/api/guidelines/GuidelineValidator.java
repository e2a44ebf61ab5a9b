package io.herald.api.guidelines;

/**
 * Decides whether a rule set may be stored. The guideline engine (in {@code common}) owns the rule format; see
 * {@link EngineGuidelineValidator}.
 */
public interface GuidelineValidator {
    /**
     * Returns when the set is valid; otherwise throws {@link io.herald.api.web.ApiException#invalidField} naming the
     * bad rule (its path such as {@code rules[3]}, and its id in the detail).
     *
     * @param ruleSet a JSON object with a {@code rules} array (already checked by the store)
     */
    void validate(String ruleSet);
}
