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
                .item(new SharedItem(Optional.of("https://acme.com/a"), List.of(), trackedLink))
                .approvedUrls(List.of("https://acme.com/b"))
                .retiredUrls(List.of("https://acme.com/old"))
                .trackedLinks(List.of("https://go.acme.com/"))
                .build());
    }

    @Test
    void offersThePersonalTrackedLinkForTheSharedItem() {
        assertEquals(List.of("5-27 links suggestion: Use https://go.acme.com/k9 instead of"
                        + " https://www.acme.com/a [replace 5-27 \"https://go.acme.com/k9\"]"),
                lint("Read https://www.acme.com/a", Optional.of("https://go.acme.com/k9")));
    }

    @Test
    void saysNothingWithoutATrackedLinkOrForOtherItems() {
        assertEquals(List.of(), lint("Read https://acme.com/a", Optional.empty()));
        assertEquals(List.of(), lint("Read https://acme.com/b", Optional.of("https://go.acme.com/k9")));
        assertEquals(List.of(), lint("Read https://go.acme.com/k9", Optional.of("https://go.acme.com/k9")));
    }

    @Test
    void warnsAboutRetiredItems() {
        assertEquals(List.of("0-21 links warning: https://acme.com/old/ is archived [remove 0-21]"),
                lint("https://acme.com/old/ was great", Optional.empty()));
    }

    @Test
    void refusesMissingRetiredMessage() {
        assertEquals("rule \"l\" (index 0): field \"retiredMessage\" is missing", Lint.refusal(
                "{\"id\": \"l\", \"type\": \"link\", \"message\": \"m\"}"));
    }
}
