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

class LinkRuleTest {

    private static final RuleSet RULES = Lint.rules("""
            {"id": "links", "type": "link", "message": "Use {trackedLink} instead of %s",
             "retiredMessage": "%s is archived"}""");

    private static List<String> lint(String text, Optional<String> trackedLink) {
        return Lint.lines(RULES, LintRequest.builder(text, Platform.LINKEDIN)
                .item(new SharedItem(Optional.of("https://acme.example/a"), List.of(), trackedLink))
                .approvedUrls(List.of("https://acme.example/b"))
                .retiredUrls(List.of("https://acme.example/old"))
                .trackedLinks(List.of("https://go.acme.example/"))
                .build());
    }

    @Test
    void offersThePersonalTrackedLinkForTheSharedItem() {
        assertEquals(List.of("5-31 links suggestion: Use https://go.acme.example/k9 instead of"
                        + " https://www.acme.example/a [replace 5-31 \"https://go.acme.example/k9\"]"),
                lint("Read https://www.acme.example/a", Optional.of("https://go.acme.example/k9")));
    }

    @Test
    void saysNothingWithoutATrackedLinkOrForOtherItems() {
        assertEquals(List.of(), lint("Read https://acme.example/a", Optional.empty()));
        assertEquals(List.of(), lint("Read https://acme.example/b", Optional.of("https://go.acme.example/k9")));
        assertEquals(List.of(), lint("Read https://go.acme.example/k9", Optional.of("https://go.acme.example/k9")));
    }

    @Test
    void warnsAboutRetiredItems() {
        assertEquals(List.of("0-26 links warning: https://acme.example/old is archived [remove 0-26]"),
                lint("https://acme.example/old/ was great", Optional.empty()).subList(0, 1));
    }

    @Test
    void refusesMissingRetiredMessage() {
        assertEquals("rule \"l\" (index 0): field \"retiredMessage\" is missing", Lint.refusal(
                "{\"id\": \"l\", \"type\": \"link\", \"message\": \"m\"}"));
    }
}
