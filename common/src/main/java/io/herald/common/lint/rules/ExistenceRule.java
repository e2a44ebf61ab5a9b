package io.herald.common.lint.rules;

import io.herald.common.json.JsonObject;
import io.herald.common.lint.Draft;
import io.herald.common.lint.Finding;
import io.herald.common.lint.Level;
import io.herald.common.lint.RuleFields;
import io.herald.common.lint.RuleHeader;
import io.herald.common.lint.match.MatchOptions;
import io.herald.common.lint.match.PhraseMatch;
import io.herald.common.lint.match.PhraseMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Words or phrases that should not appear: confidential client and project names, internal jargon.
 *
 * <p>Fields: {@code words} (required list), {@code prefix}, {@code matchCase}, {@code matchDiacritics} (see
 * {@link MatchOptions}). Message placeholders: {@code %s} the text as found ("Nokialle"), {@code {word}} the listed
 * word it matched ("Nokia"). Default level: warning.
 */
public final class ExistenceRule extends RuleBase {

    public static final String TYPE = "existence";
    static final List<String> PLACEHOLDERS = List.of("word");

    private final List<String> words;
    private final MatchOptions options;
    private final PhraseMatcher matcher;

    private ExistenceRule(RuleHeader header, List<String> words, MatchOptions options, PhraseMatcher matcher) {
        super(header);
        this.words = words;
        this.options = options;
        this.matcher = matcher;
    }

    public static ExistenceRule read(RuleFields fields) {
        RuleHeader header = RuleHeader.read(fields, TYPE, PLACEHOLDERS, Level.WARNING);
        List<String> words = fields.strings("words", true);
        MatchOptions options = Phrases.options(fields, true);
        return new ExistenceRule(header, words, options, Phrases.matcher(fields, "words", words, options));
    }

    @Override
    public List<Finding> check(Draft draft) {
        List<PhraseMatch> matches = matcher.find(draft);
        if (matches.isEmpty()) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>(matches.size());
        for (PhraseMatch match : matches) {
            findings.add(header.finding(draft, match.start(), match.end(),
                    Map.of("word", words.get(match.phrase())), List.of()));
        }
        return findings;
    }

    @Override
    public List<PhraseMatcher> phraseMatchers() {
        return List.of(matcher);
    }

    @Override
    public void writeFields(JsonObject json) {
        json.add("words", Phrases.toJson(words));
        Phrases.writeOptions(json, options, true);
    }
}
