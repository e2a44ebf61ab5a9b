package io.herald.api.guidelines;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import io.herald.api.web.ApiException;
import io.herald.api.web.Json;

/**
 * TEMPORARY until the guideline engine's validation is merged: checks only the shape every rule has (an object with
 * a non-empty, unique {@code id}, a {@code type} and a {@code message}), not what each rule type requires.
 */
public final class StructuralGuidelineValidator implements GuidelineValidator {
    private static final String[] REQUIRED = {"id", "type", "message"};

    @Override
    public void validate(String ruleSet) {
        JsonNode rules;
        try {
            rules = Json.MAPPER.readTree(ruleSet).path("rules");
        } catch (IOException e) {
            throw ApiException.badRequest("The rule set is not well-formed JSON.");
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < rules.size(); i++) {
            String path = "rules[" + i + "]";
            JsonNode rule = rules.get(i);
            if (!rule.isObject()) {
                throw ApiException.invalidField(path, "must be an object with id, type and message.");
            }
            String name = rule.path("id").isTextual() && !rule.path("id").asText().isBlank()
                    ? "rule '" + rule.path("id").asText() + "'"
                    : "rule " + (i + 1);
            for (String member : REQUIRED) {
                JsonNode value = rule.path(member);
                if (!value.isTextual() || value.asText().isBlank()) {
                    throw ApiException.invalidField(path + "." + member, "is required and must be a non-empty "
                                                                         + "string (" + name + ").");
                }
            }
            if (!ids.add(rule.get("id").asText())) {
                throw ApiException.invalidField(path + ".id", "repeats the id of an earlier rule (" + name + ").");
            }
        }
    }
}
