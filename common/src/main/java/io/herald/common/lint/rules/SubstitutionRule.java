package io.herald.common.lint.rules;

import io.herald.common.json.JsonObject;
import io.herald.common.lint.Draft;
import io.herald.common.lint.Finding;
import io.herald.common.lint.Level;
import io.herald.common.lint.RuleFields;
import io.herald.common.lint.RuleHeader;
import io.herald.common.lint.Suggestion;
import io.herald.common.lint.match.MatchOptions;
import io.herald.common.lint.match.PhraseMatch;
import io.herald.common.lint.match.PhraseMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Phrases with a preferred alternative, offered as a one-click {@code replace}.
 *
 * <p>Fields: {@code swap} (required object, phrase to preferred phrase), {@code matchCase}, {@code matchDiacritics}.
 * When the found text starts with a capital and the replacement does not, the replacement's first letter is
 * capitalised, so a swap at the start of a sentence keeps the sentence's capital. Message placeholders: {@code %s}
 * the text as found, {@code {replacement}}. Default level: suggestion.
 */
public final class SubstitutionRule extends RuleBase {

    public static final String TYPE = "substitution";
    static final List<String> PLACEHOLDERS = List.of("replacement");

    private final Map<String, String> swap;
    private final List<String> replacements;
    private final MatchOptions options;
    private final PhraseMatcher matcher;

    private SubstitutionRule(RuleHeader header, Map<String, String> swap, MatchOptions options,
                             PhraseMatcher matcher) {
        super(header);
        this.swap = swap;
        this.replacements = List.copyOf(swap.values());
        this.options = options;
        this.matcher = matcher;
    }

    public static SubstitutionRule read(RuleFields fields) {
        RuleHeader header = RuleHeader.read(fields, TYPE, PLACEHOLDERS, Level.SUGGESTION);
        Map<String, String> swap = fields.stringMap("swap", true);
        MatchOptions options = Phrases.options(fields, false);
        PhraseMatcher matcher = Phrases.matcher(fields, "swap", List.copyOf(swap.keySet()), options);
        return new SubstitutionRule(header, swap, options, matcher);
    }

    @Override
    public List<Finding> check(Draft draft) {
        List<PhraseMatch> matches = matcher.find(draft);
        if (matches.isEmpty()) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>(matches.size());
        for (PhraseMatch match : matches) {
            String found = draft.text().substring(match.start(), match.end());
            String replacement = keepCapital(found, replacements.get(match.phrase()));
            if (replacement.equals(found)) {
                continue;
            }
            findings.add(header.finding(draft, match.start(), match.end(), Map.of("replacement", replacement),
                    List.of(new Suggestion.Replace(match.start(), match.end(), replacement))));
        }
        return findings;
    }

    private static String keepCapital(String found, String replacement) {
        if (replacement.isEmpty() || !Character.isUpperCase(found.codePointAt(0))
                || !Character.isLowerCase(replacement.codePointAt(0))) {
            return replacement;
        }
        int first = replacement.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toUpperCase(first))
                .append(replacement, Character.charCount(first), replacement.length()).toString();
    }

    @Override
    public List<PhraseMatcher> phraseMatchers() {
        return List.of(matcher);
    }

    @Override
    public void writeFields(JsonObject json) {
        JsonObject swapJson = new JsonObject();
        swap.forEach(swapJson::add);
        json.add("swap", swapJson);
        Phrases.writeOptions(json, options, false);
    }
}
