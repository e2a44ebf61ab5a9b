package io.herald.common.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.herald.common.platform.Platform;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleSetTest {

    private static final String NOKIA = """
            {"id": "nokia", "type": "existence", "message": "Keep %s out of posts", "words": ["Nokia"]}""";

    @Test
    void loadsRulesWithDefaultsAndWritesCanonicalJson() {
        RuleSet rules = Lint.rules(NOKIA);
        String canonical = rules.toJson();
        assertTrue(canonical.contains("\"message\": {\n        \"en\": \"Keep %s out of posts\"\n      }"), canonical);
        assertTrue(canonical.contains("\"level\": \"warning\""), canonical);
        assertTrue(canonical.contains("\"prefix\": false"), canonical);
        assertEquals(canonical, RuleSet.parse(canonical).toJson());
    }

    @Test
    void canonicalFormIsStableForEveryRuleType() {
        RuleSet rules = Lint.rules(
                NOKIA,
                "{\"id\": \"s\", \"type\": \"substitution\", \"message\": \"m\", \"swap\": {\"a\": \"b\"}}",
                "{\"id\": \"o\", \"type\": \"occurrence\", \"message\": \"m\", \"count\": \"emoji\", \"min\": 1}",
                "{\"id\": \"d\", \"type\": \"disclosure\", \"message\": \"m\", \"forms\": [\"#ad\"],"
                        + " \"insert\": {\"en\": \"#ad\", \"pl\": \"#reklama\"}}",
                "{\"id\": \"sh\", \"type\": \"shouting\", \"message\": \"m\"}",
                "{\"id\": \"l\", \"type\": \"length\", \"message\": \"m\", \"nearMessage\": \"n\","
                        + " \"platforms\": [\"x\"]}",
                "{\"id\": \"w\", \"type\": \"own-words\", \"message\": \"m\", \"description\": {\"en\": \"why\"},"
                        + " \"link\": \"https://intranet.example.com/why\"}",
                "{\"id\": \"r\", \"type\": \"repetition\", \"message\": \"m\", \"ignore\": [\"ha\"]}",
                "{\"id\": \"k\", \"type\": \"link\", \"message\": \"m\", \"retiredMessage\": \"r\"}",
                "{\"id\": \"p\", \"type\": \"pattern\", \"message\": \"m\", \"pattern\": \"\\\\bx\\\\b\"}");
        String canonical = rules.toJson();
        assertEquals(canonical, RuleSet.parse(canonical).toJson());
        assertEquals(RuleTypes.NAMES, rules.rules().stream().map(rule -> rule.header().type()).toList());
    }

    @Test
    void lintSortsByPositionThenRuleId() {
        RuleSet rules = Lint.rules(
                """
                {"id": "b-rule", "type": "existence", "message": "b", "words": ["acme"]}""",
                """
                {"id": "a-rule", "type": "existence", "message": "a", "words": ["acme", "later"]}""");
        List<String> lines = Lint.lines(rules, LintRequest.builder("later acme", Platform.X).build());
        assertEquals(List.of("0-5 a-rule warning: a", "6-10 a-rule warning: a", "6-10 b-rule warning: b"), lines);
    }

    @Test
    void rulesApplyOnlyToTheirPlatforms() {
        RuleSet rules = Lint.rules("""
                {"id": "x-only", "type": "existence", "message": "m", "words": ["acme"], "platforms": ["x"]}""");
        assertEquals(1, rules.lint(LintRequest.builder("acme", Platform.X).build()).size());
        assertEquals(0, rules.lint(LintRequest.builder("acme", Platform.LINKEDIN).build()).size());
    }

    @Test
    void findsRuleById() {
        RuleSet rules = Lint.rules(NOKIA);
        assertEquals("existence", rules.rule("nokia").orElseThrow().header().type());
        assertTrue(rules.rule("missing").isEmpty());
    }

    @Test
    void refusesTextThatIsNotJson() {
        RuleSetException refused = assertThrows(RuleSetException.class, () -> RuleSet.parse("{\"rules\": [}"));
        assertTrue(refused.getMessage().startsWith("the rule set is not valid JSON"), refused.getMessage());
    }

    @Test
    void refusesRootThatIsNotAnObjectWithRules() {
        assertEquals("the rule set must be a JSON object with a \"rules\" list",
                assertThrows(RuleSetException.class, () -> RuleSet.parse("[]")).getMessage());
        assertEquals("the rule set needs a \"rules\" list",
                assertThrows(RuleSetException.class, () -> RuleSet.parse("{\"version\": 1}")).getMessage());
        assertEquals("the rule set has an unknown field \"rule\"",
                assertThrows(RuleSetException.class, () -> RuleSet.parse("{\"rule\": []}")).getMessage());
        assertEquals("the rule set has version 2; this engine reads version 1",
                assertThrows(RuleSetException.class, () -> RuleSet.parse("{\"version\": 2, \"rules\": []}"))
                        .getMessage());
    }

    @Test
    void refusesRuleThatIsNotAnObject() {
        assertEquals("rule at index 0: a rule must be a JSON object", Lint.refusal("\"nokia\""));
    }

    @Test
    void refusesMissingOrMalformedId() {
        assertEquals("rule at index 0: field \"id\" is missing",
                Lint.refusal("{\"type\": \"existence\", \"message\": \"m\", \"words\": [\"a\"]}"));
        assertTrue(Lint.refusal("{\"id\": \"no spaces\", \"type\": \"existence\", \"message\": \"m\","
                + " \"words\": [\"a\"]}").startsWith("rule at index 0: id \"no spaces\" must be"));
    }

    @Test
    void refusesDuplicateIds() {
        assertEquals("rule \"nokia\" (index 1): id is already used by the rule at index 0",
                Lint.refusal(NOKIA, NOKIA));
    }

    @Test
    void refusesMissingAndUnknownTypes() {
        assertEquals("rule \"r\" (index 0): field \"type\" is missing",
                Lint.refusal("{\"id\": \"r\", \"message\": \"m\"}"));
        assertEquals("rule \"r\" (index 0): type \"spelling\" is unknown; the types are existence, substitution,"
                        + " occurrence, disclosure, shouting, length, own-words, repetition, link, pattern",
                Lint.refusal("{\"id\": \"r\", \"type\": \"spelling\", \"message\": \"m\"}"));
    }

    @Test
    void refusesMissingAndEmptyMessages() {
        assertEquals("rule \"r\" (index 0): field \"message\" is missing",
                Lint.refusal("{\"id\": \"r\", \"type\": \"existence\", \"words\": [\"a\"]}"));
        assertEquals("rule \"r\" (index 0): field \"message\" in \"en\" is empty",
                Lint.refusal("{\"id\": \"r\", \"type\": \"existence\", \"message\": \" \", \"words\": [\"a\"]}"));
        assertEquals("rule \"r\" (index 0): field \"message\" in \"fi\" is empty",
                Lint.refusal("{\"id\": \"r\", \"type\": \"existence\", \"message\": {\"en\": \"m\", \"fi\": \"\"},"
                        + " \"words\": [\"a\"]}"));
    }

    @Test
    void refusesMessagesWithoutEnglishOrInUnsupportedLanguages() {
        assertEquals("rule \"r\" (index 0): field \"message\" needs an English (\"en\") text, the fallback for"
                        + " other languages",
                Lint.refusal("{\"id\": \"r\", \"type\": \"existence\", \"message\": {\"fi\": \"m\"},"
                        + " \"words\": [\"a\"]}"));
        assertEquals("rule \"r\" (index 0): field \"message\" has language \"de\"; supported are en, fi, nb, pl",
                Lint.refusal("{\"id\": \"r\", \"type\": \"existence\", \"message\": {\"en\": \"m\", \"de\": \"m\"},"
                        + " \"words\": [\"a\"]}"));
    }

    @Test
    void refusesPlaceholdersTheTypeDoesNotOffer() {
        assertEquals("rule \"r\" (index 0): field \"message\" in \"en\" uses unknown placeholder {count}; this"
                        + " rule type offers %s, {word}",
                Lint.refusal("{\"id\": \"r\", \"type\": \"existence\", \"message\": \"{count} times\","
                        + " \"words\": [\"a\"]}"));
    }

    @Test
    void refusesUnknownFieldsBadLevelsAndPlatforms() {
        assertEquals("rule \"r\" (index 0): unknown field \"max\" for type \"existence\"",
                Lint.refusal("{\"id\": \"r\", \"type\": \"existence\", \"message\": \"m\", \"words\": [\"a\"],"
                        + " \"max\": 3}"));
        assertEquals("rule \"r\" (index 0): field \"level\" is \"fatal\"; use suggestion, warning or error",
                Lint.refusal("{\"id\": \"r\", \"type\": \"existence\", \"message\": \"m\", \"words\": [\"a\"],"
                        + " \"level\": \"fatal\"}"));
        assertEquals("rule \"r\" (index 0): platform \"facebook\" is unknown; use linkedin or x",
                Lint.refusal("{\"id\": \"r\", \"type\": \"existence\", \"message\": \"m\", \"words\": [\"a\"],"
                        + " \"platforms\": [\"facebook\"]}"));
    }

    @Test
    void refusesWrongFieldTypes() {
        assertEquals("rule \"r\" (index 0): field \"words\" must be a list of strings",
                Lint.refusal("{\"id\": \"r\", \"type\": \"existence\", \"message\": \"m\", \"words\": \"a\"}"));
        assertEquals("rule \"r\" (index 0): field \"prefix\" must be true or false",
                Lint.refusal("{\"id\": \"r\", \"type\": \"existence\", \"message\": \"m\", \"words\": [\"a\"],"
                        + " \"prefix\": \"yes\"}"));
        assertEquals("rule \"r\" (index 0): field \"max\" must be a whole number",
                Lint.refusal("{\"id\": \"r\", \"type\": \"occurrence\", \"message\": \"m\", \"count\": \"emoji\","
                        + " \"max\": 2.5}"));
    }
}
