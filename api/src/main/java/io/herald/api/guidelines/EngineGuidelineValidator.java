package io.herald.api.guidelines;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.herald.api.web.ApiException;
import io.herald.api.web.Json;
import io.herald.api.web.WebUrls;
import io.herald.common.lint.RuleSet;
import io.herald.common.lint.RuleSetException;

/**
 * Validates a rule set with the guideline engine itself, the same code the extension runs, so a set the API accepts
 * is a set every composer can use. A refusal names the rule ({@code rules[3]}) and says what is wrong with it.
 *
 * <p>A rule's {@code link} (to the reason behind it) is then held to the rule of every web address Herald sends
 * people to ({@link WebUrls}): the extension shows it as a link in someone else's page, where {@code javascript:} or
 * {@code data:} would run.
 */
public final class EngineGuidelineValidator implements GuidelineValidator {
    private final boolean allowLocalUrls;

    /** @param allowLocalUrls whether links may name local or private hosts ({@link WebUrls#refuseLocal}): tests only */
    public EngineGuidelineValidator(boolean allowLocalUrls) {
        this.allowLocalUrls = allowLocalUrls;
    }

    @Override
    public void validate(String ruleSet) {
        try {
            RuleSet.parse(ruleSet);
        } catch (RuleSetException refused) {
            throw ApiException.invalidField(refused.ruleIndex().map(i -> "rules[" + i + "]").orElse("rules"),
                                            "is not a valid guideline: " + refused.getMessage() + ".");
        }
        checkLinks(ruleSet);
    }

    private void checkLinks(String ruleSet) {
        JsonNode rules;
        try {
            rules = Json.MAPPER.readTree(ruleSet).path("rules");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A rule set the engine read is not JSON", e);
        }
        for (int i = 0; i < rules.size(); i++) {
            JsonNode link = rules.get(i).path("link");
            if (link.isTextual()) {
                String field = "rules[" + i + "].link";
                String url = WebUrls.check(field, link.asText());
                if (!allowLocalUrls) {
                    WebUrls.refuseLocal(field, url);
                }
            }
        }
    }
}
