package io.herald.common.lint.rules;

import io.herald.common.json.JsonObject;
import io.herald.common.lint.Draft;
import io.herald.common.lint.Finding;
import io.herald.common.lint.Level;
import io.herald.common.lint.LocalizedText;
import io.herald.common.lint.RuleFields;
import io.herald.common.lint.RuleHeader;
import io.herald.common.lint.SharedItem;
import io.herald.common.lint.Suggestion;
import io.herald.common.platform.UrlSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Links to company content, checked against what the request knows about it.
 *
 * <p>The raw canonical URL of the shared item, when the employee has a personal tracked link for it: a finding at
 * the rule's level (default suggestion) on the URL, offering to {@code replace} it with the tracked link, so the
 * share is counted. The URL of an archived or expired item: a finding at {@code retiredLevel} (default warning) with
 * {@code retiredMessage} (required), offering to {@code remove} it. Message placeholders: {@code %s} the URL as
 * written, {@code {trackedLink}} in the main message.
 */
public final class LinkRule extends RuleBase {

    public static final String TYPE = "link";
    static final List<String> PLACEHOLDERS = List.of("trackedLink");

    private final LocalizedText retiredMessage;
    private final Level retiredLevel;

    private LinkRule(RuleHeader header, LocalizedText retiredMessage, Level retiredLevel) {
        super(header);
        this.retiredMessage = retiredMessage;
        this.retiredLevel = retiredLevel;
    }

    public static LinkRule read(RuleFields fields) {
        RuleHeader header = RuleHeader.read(fields, TYPE, PLACEHOLDERS, Level.SUGGESTION);
        LocalizedText retiredMessage = fields.requiredText("retiredMessage", List.of());
        Level retiredLevel = fields.level("retiredLevel", Level.WARNING);
        return new LinkRule(header, retiredMessage, retiredLevel);
    }

    @Override
    public List<Finding> check(Draft draft) {
        Optional<String> trackedLink = draft.request().item().flatMap(SharedItem::trackedLink);
        List<Finding> findings = new ArrayList<>();
        for (UrlSpan url : draft.urls()) {
            if (draft.content().isRetired(url.url())) {
                findings.add(header.finding(draft, retiredLevel, retiredMessage, url.start(), url.end(), Map.of(),
                        List.of(new Suggestion.Remove(url.start(), url.end()))));
            } else if (trackedLink.isPresent() && draft.content().isSharedItem(url.url())
                    && !draft.content().isTracked(url.url())) {
                findings.add(header.finding(draft, url.start(), url.end(), Map.of("trackedLink", trackedLink.get()),
                        List.of(new Suggestion.Replace(url.start(), url.end(), trackedLink.get()))));
            }
        }
        return findings;
    }

    @Override
    public void writeFields(JsonObject json) {
        json.add("retiredMessage", retiredMessage.toJson());
        json.add("retiredLevel", retiredLevel.id());
    }
}
