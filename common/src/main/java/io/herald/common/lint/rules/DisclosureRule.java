package io.herald.common.lint.rules;

import io.herald.common.json.JsonObject;
import io.herald.common.lint.Draft;
import io.herald.common.lint.Finding;
import io.herald.common.lint.Level;
import io.herald.common.lint.LocalizedText;
import io.herald.common.lint.RuleFields;
import io.herald.common.lint.RuleHeader;
import io.herald.common.lint.Suggestion;
import io.herald.common.lint.match.MatchOptions;
import io.herald.common.lint.match.PhraseMatcher;
import java.util.List;
import java.util.Map;

/**
 * A draft that shares company content (it links an approved item or carries a tracked link) should say that the
 * author works for the company.
 *
 * <p>Fields: {@code forms} (required list of accepted disclosures, such as {@code "#employee"} or {@code "I work at
 * Acme"}; a form starting with {@code #} is found only as that hashtag), {@code insert} (optional, the text to offer,
 * a string or a language object like a message; defaults to the first form). The finding covers the whole draft (an
 * empty span at its end) and offers to {@code insert} the disclosure at the end, after a space unless the draft ends
 * in whitespace. Message placeholders: {@code {form}} the text offered. Default level: warning.
 */
public final class DisclosureRule extends RuleBase {

    public static final String TYPE = "disclosure";
    static final List<String> PLACEHOLDERS = List.of("form");

    private final List<String> forms;
    private final LocalizedText insert;
    private final boolean insertGiven;
    private final PhraseMatcher matcher;

    private DisclosureRule(RuleHeader header, List<String> forms, LocalizedText insert, boolean insertGiven,
                           PhraseMatcher matcher) {
        super(header);
        this.forms = forms;
        this.insert = insert;
        this.insertGiven = insertGiven;
        this.matcher = matcher;
    }

    public static DisclosureRule read(RuleFields fields) {
        RuleHeader header = RuleHeader.read(fields, TYPE, PLACEHOLDERS, Level.WARNING);
        List<String> forms = fields.strings("forms", true);
        PhraseMatcher matcher = Phrases.matcher(fields, "forms", forms, MatchOptions.DEFAULT);
        var insert = fields.text("insert", List.of());
        return new DisclosureRule(header, forms, insert.orElse(LocalizedText.english(forms.get(0))),
                insert.isPresent(), matcher);
    }

    @Override
    public List<Finding> check(Draft draft) {
        if (!draft.sharesCompanyContent() || !matcher.find(draft).isEmpty()) {
            return List.of();
        }
        String text = draft.text();
        int end = text.length();
        String form = insert.in(draft.language());
        boolean needsSpace = end > 0 && !Character.isWhitespace(text.charAt(end - 1));
        return List.of(header.finding(draft, end, end, Map.of("form", form),
                List.of(new Suggestion.Insert(end, needsSpace ? " " + form : form))));
    }

    @Override
    public List<PhraseMatcher> phraseMatchers() {
        return List.of(matcher);
    }

    @Override
    public void writeFields(JsonObject json) {
        json.add("forms", Phrases.toJson(forms));
        if (insertGiven) {
            json.add("insert", insert.toJson());
        }
    }
}
