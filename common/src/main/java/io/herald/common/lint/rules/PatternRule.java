package io.herald.common.lint.rules;

import com.eclipsesource.json.JsonObject;
import io.herald.common.lint.Draft;
import io.herald.common.lint.Finding;
import io.herald.common.lint.Level;
import io.herald.common.lint.RuleFields;
import io.herald.common.lint.RuleHeader;
import io.herald.common.lint.regex.BoundedText;
import io.herald.common.lint.regex.MatchBudgetExceeded;
import io.herald.common.lint.regex.RegexSafety;
import io.herald.common.lint.regex.RequiredLiteral;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    private PatternRule(RuleHeader header, String source, boolean ignoreCase, Pattern pattern) {
        super(header);
        this.source = source;
        this.ignoreCase = ignoreCase;
        this.pattern = pattern;
        this.required = RequiredLiteral.of(source, ignoreCase);
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
        if (!required.isEmpty() && (ignoreCase ? draft.caseFolded() : draft.text()).indexOf(required) < 0) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        Matcher matcher = pattern.matcher(new BoundedText(draft.text()));
        try {
            while (matcher.find()) {
                if (matcher.end() > matcher.start()) {
                    findings.add(header.finding(draft, matcher.start(), matcher.end(), Map.of(), List.of()));
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

    @Override
    public void writeFields(JsonObject json) {
        json.add("pattern", source);
        json.add("ignoreCase", ignoreCase);
    }
}
