package io.herald.api.lint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;

import io.herald.api.auth.CurrentUser;
import io.herald.api.content.Caption;
import io.herald.api.content.ContentItem;
import io.herald.api.content.ContentLookup;
import io.herald.api.content.ContentUrls;
import io.herald.api.guidelines.GuidelineSet;
import io.herald.api.guidelines.RuleSetSource;
import io.herald.api.web.ApiException;
import io.herald.common.lint.Draft;
import io.herald.common.lint.Finding;
import io.herald.common.lint.LintRequest;
import io.herald.common.lint.LintResultJson;
import io.herald.common.lint.RuleSet;
import io.herald.common.lint.SharedItem;
import io.herald.common.platform.Platform;

/**
 * Checks drafts against the stored rule set. The parsed set is kept until an admin stores a new version, so a lint
 * costs a version look-up (the number alone, not the rule set, a CLOB), not a parse; the content URLs the rules
 * need are kept by {@link ContentLookup#urls()}.
 *
 * <p>An answer keeps the first {@value #MAX_FINDINGS_PER_RULE} findings of each rule (in text order) and says how many
 * more each rule had: a 20,000-character draft that repeats a flagged word made an answer of about a megabyte, which
 * no one reads and every client has to parse.
 */
public final class Linter {
    static final int MAX_FINDINGS_PER_RULE = 20;

    private final RuleSetSource guidelines;
    private final ContentLookup content;
    private final String trackedLinkPrefix;
    private final AtomicReference<Parsed> parsed = new AtomicReference<>();

    private record Parsed(long version, RuleSet ruleSet) {
    }

    /**
     * @param trackedLinkPrefix the start of every tracked link ({@code <public-url>/r/}), so the engine recognises a
     *                          draft that shares company content through one
     */
    public Linter(RuleSetSource guidelines, ContentLookup content, String trackedLinkPrefix) {
        this.guidelines = guidelines;
        this.content = content;
        this.trackedLinkPrefix = trackedLinkPrefix;
    }

    /**
     * The lint result as JSON, in the shape of {@link LintResultJson}. A {@code contentId} must name an item the
     * author may see now (published, in its window, in their audience); any other is a 404 as for an unknown one, or
     * the answer would measure their words against a draft's or another team's captions.
     */
    public String lint(CurrentUser author, LintBody body) {
        Platform platform = body.platform();
        Optional<ContentItem> item = body.contentId().map(id -> content.findVisible(id, author).orElseThrow(
                () -> ApiException.notFound("There is no content item " + id + ".")));
        ContentUrls urls = content.urls();
        LintRequest request = LintRequest.builder(body.text(), platform)
                .language(body.language())
                .item(new SharedItem(item.map(ContentItem::canonicalUrl), captions(item, body.platform()),
                                     Optional.empty()))
                .approvedUrls(List.copyOf(urls.approved()))
                .retiredUrls(List.copyOf(urls.retired()))
                .trackedLinks(List.of(trackedLinkPrefix))
                .build();
        // One analysis of the draft (words, links, length, own words) serves the rules and the result.
        Draft draft = new Draft(request);
        List<Finding> kept = new ArrayList<>();
        Map<String, Integer> perRule = new HashMap<>();
        Map<String, Integer> leftOut = new TreeMap<>();
        for (Finding finding : ruleSet().lint(draft)) {
            if (perRule.merge(finding.ruleId(), 1, Integer::sum) <= MAX_FINDINGS_PER_RULE) {
                kept.add(finding);
            } else {
                leftOut.merge(finding.ruleId(), 1, Integer::sum);
            }
        }
        return LintResultJson.write(draft, kept, leftOut);
    }

    /** The item's captions meant for this platform or for any. */
    private static List<String> captions(Optional<ContentItem> item, Platform platform) {
        List<String> captions = new ArrayList<>();
        item.ifPresent(found -> {
            for (Caption caption : found.captions()) {
                if (caption.platform().fits(platform)) {
                    captions.add(caption.text());
                }
            }
        });
        return captions;
    }

    private RuleSet ruleSet() {
        Parsed cached = parsed.get();
        if (cached != null && cached.version() == guidelines.currentVersion()) {
            return cached.ruleSet();
        }
        GuidelineSet current = guidelines.current();
        // Stored sets were validated by the same engine when they were saved.
        RuleSet ruleSet = RuleSet.parse(current.ruleSet());
        parsed.set(new Parsed(current.version(), ruleSet));
        return ruleSet;
    }
}
