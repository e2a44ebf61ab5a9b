package io.herald.common.lint.rules;

import io.herald.common.json.JsonObject;
import io.herald.common.lint.Draft;
import io.herald.common.lint.Finding;
import io.herald.common.lint.Level;
import io.herald.common.lint.RuleFields;
import io.herald.common.lint.RuleHeader;
import io.herald.common.lint.regex.BoundedText;
import io.herald.common.lint.regex.LiteralIndex;
import io.herald.common.lint.regex.MatchBudgetExceeded;
import io.herald.common.lint.regex.MatchStarts;
import io.herald.common.lint.regex.RegexSafety;
import io.herald.common.lint.regex.RequiredLiteral;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An admin-written regular expression, for what the other types do not cover. Each match is a finding.
 *
 * <p>Fields: {@code pattern} (required, Java syntax; checked by {@link RegexSafety}, which refuses invalid patterns
 * and those that could backtrack catastrophically), {@code ignoreCase} (default true, Unicode-aware). Matching runs
 * on a {@link BoundedText}: a pattern that still runs away on some draft gives no findings for it rather than
 * freezing the tab. Message placeholders: {@code %s} the matched text. Default level: warning.
 */
public final class PatternRule extends RuleBase {

    public static final String TYPE = "pattern";

    private final String source;
    private final boolean ignoreCase;
    private final Pattern pattern;
    /** Text every match contains (folded when {@code ignoreCase}), or empty: see {@link RequiredLiteral}. */
    private final String required;
    /** Where in a draft matches can start, or empty when the pattern must be tried at every offset. */
    private final Optional<MatchStarts> starts;

    private PatternRule(RuleHeader header, String source, boolean ignoreCase, Pattern pattern) {
        super(header);
        this.source = source;
        this.ignoreCase = ignoreCase;
        this.pattern = pattern;
        this.required = RequiredLiteral.of(source, ignoreCase);
        this.starts = MatchStarts.of(source, ignoreCase);
    }

    public static PatternRule read(RuleFields fields) {
        RuleHeader header = RuleHeader.read(fields, TYPE, List.of(), Level.WARNING);
        String source = fields.requiredString("pattern");
        boolean ignoreCase = fields.bool("ignoreCase", true);
        try {
            return new PatternRule(header, source, ignoreCase, RegexSafety.compile(source, ignoreCase));
        } catch (IllegalArgumentException refused) {
            throw fields.problem("pattern " + refused.getMessage());
        }
    }

    @Override
    public List<Finding> check(Draft draft) {
        LiteralIndex searched = draft.literalIndex(ignoreCase);
        if (!required.isEmpty() && !searched.contains(required)) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        String text = draft.text();
        Matcher matcher = pattern.matcher(new BoundedText(text));
        try {
            if (starts.isPresent()) {
                findAt(draft, matcher, starts.get().in(text, searched), findings);
            } else {
                while (matcher.find()) {
                    if (matcher.end() > matcher.start()) {
                        findings.add(header.finding(draft, matcher.start(), matcher.end(), Map.of(), List.of()));
                    }
                }
            }
        } catch (MatchBudgetExceeded | StackOverflowError runaway) {
            return List.of();
        } catch (RuntimeException javaScriptError) {
            // Compiled by TeaVM, the regex engine recurses once per character on some polynomial patterns and can
            // exhaust the browser's stack (at about 3,000 word characters for \w*\w*!) before the read budget runs
            // out; TeaVM reports JavaScript's RangeError as a plain RuntimeException. It is the same runaway.
            if (String.valueOf(javaScriptError.getMessage()).startsWith("(JavaScript) RangeError")) {
                return List.of();
            }
            throw javaScriptError;
        }
        return findings;
    }

    /**
     * The matches a search would find, trying the pattern only at {@code starts}: each try is the one a search makes
     * at that offset (the region only says where to try; transparent bounds let lookbehinds and word boundaries see
     * the text before it, and without anchoring bounds {@code ^} still means the draft's start), and like a search,
     * the next try starts after the last match.
     */
    private void findAt(Draft draft, Matcher matcher, int[] starts, List<Finding> findings) {
        int length = draft.text().length();
        matcher.useTransparentBounds(true).useAnchoringBounds(false);
        int next = 0;
        for (int start : starts) {
            if (start < next) {
                continue;
            }
            matcher.region(start, length);
            if (matcher.lookingAt() && matcher.end() > start) {
                findings.add(header.finding(draft, start, matcher.end(), Map.of(), List.of()));
                next = matcher.end();
            }
        }
    }

    @Override
    public void writeFields(JsonObject json) {
        json.add("pattern", source);
        json.add("ignoreCase", ignoreCase);
    }
}
