package io.herald.common.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DefaultGuidelinesTest {

    @Test
    void embeddedTextIsTheResourceFile() throws IOException {
        try (InputStream in = DefaultGuidelines.class.getResourceAsStream("default-guidelines.json")) {
            assertEquals(new String(in.readAllBytes(), StandardCharsets.UTF_8), DefaultGuidelines.json());
        }
    }

    @Test
    void parsesAndSurvivesACanonicalRoundTrip() {
        RuleSet rules = DefaultGuidelines.ruleSet();
        assertEquals(rules.toJson(), RuleSet.parse(rules.toJson()).toJson());
    }

    @Test
    void coversTheGuidelinesANewInstallNeeds() {
        Set<String> types = new HashSet<>();
        for (Rule rule : DefaultGuidelines.ruleSet().rules()) {
            types.add(rule.header().type());
        }
        assertEquals(Set.of("disclosure", "length", "own-words", "shouting", "occurrence", "repetition", "link",
                "substitution"), types);
    }

    @Test
    void everyMessageSpeaksAllFourLanguages() {
        for (Rule rule : DefaultGuidelines.ruleSet().rules()) {
            assertEquals(Languages.SUPPORTED, List.copyOf(rule.header().message().byLanguage().keySet()),
                    rule.header().id());
            for (String language : Languages.SUPPORTED) {
                assertTrue(!rule.header().message().in(language).isBlank(), rule.header().id());
            }
        }
    }
}
