package io.herald.common.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.herald.common.lint.Lint;
import io.herald.common.lint.LintRequest;
import io.herald.common.lint.RuleSet;
import io.herald.common.lint.SharedItem;
import io.herald.common.platform.Platform;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DisclosureRuleTest {

    private static final RuleSet RULES = Lint.rules("""
            {"id": "disclose", "type": "disclosure", "message": "Add {form}", "forms": ["#ad", "I work at Acme"],
             "insert": {"en": "#ad", "fi": "#mainos"}}""");

    private static List<String> lint(String text, String language) {
        return Lint.lines(RULES, LintRequest.builder(text, Platform.LINKEDIN).language(language)
                .approvedUrls(List.of("https://acme.com/news/1"))
                .trackedLinks(List.of("https://go.acme.com/"))
                .build());
    }

    @Test
    void asksForADisclosureWhenAnApprovedItemIsLinked() {
        assertEquals(List.of("34-34 disclose warning: Add #ad [insert 34 \" #ad\"]"),
                lint("Great news http://acme.com/news/1/", "en"));
    }

    @Test
    void recognisesTrackedLinksByPrefix() {
        assertEquals(List.of("34-34 disclose warning: Add #mainos [insert 34 \" #mainos\"]"),
                lint("Hienoa! https://go.acme.com/x7Yz2q", "fi-FI"));
    }

    @Test
    void countsTheSharedItemsUrlAsCompanyContent() {
        RuleSet rules = RULES;
        LintRequest request = LintRequest.builder("See https://acme.com/blog\n", Platform.X)
                .item(new SharedItem(Optional.of("https://acme.com/blog"), List.of(), Optional.empty()))
                .build();
        assertEquals(List.of("26-26 disclose warning: Add #ad [insert 26 \"#ad\"]"), Lint.lines(rules, request));
    }

    @Test
    void acceptsAnyConfiguredForm() {
        assertEquals(List.of(), lint("I work at ACME: https://acme.com/news/1", "en"));
        assertEquals(List.of(), lint("https://acme.com/news/1 #AD", "en"));
    }

    @Test
    void aHashtagFormIsNotMetByTheBareWord() {
        assertEquals(List.of("30-30 disclose warning: Add #ad [insert 30 \" #ad\"]"),
                lint("An ad: https://acme.com/news/1", "en"));
    }

    @Test
    void saysNothingWhenNoCompanyContentIsShared() {
        assertEquals(List.of(), lint("My weekend at https://example.org", "en"));
    }

    @Test
    void refusesMissingForms() {
        assertEquals("rule \"d\" (index 0): field \"forms\" is missing", Lint.refusal(
                "{\"id\": \"d\", \"type\": \"disclosure\", \"message\": \"m\"}"));
    }
}
