package io.herald.common.lint.rules;

import io.herald.common.json.JsonArray;
import io.herald.common.json.JsonObject;
import io.herald.common.lint.RuleFields;
import io.herald.common.lint.match.MatchOptions;
import io.herald.common.lint.match.PhraseMatcher;
import java.util.List;

/** Reading and writing the phrase-matching fields that existence, substitution and disclosure rules share. */
final class Phrases {

    private Phrases() {
    }

    /** {@code prefix} (only where {@code withPrefix}), {@code matchCase}, {@code matchDiacritics}; all default false. */
    static MatchOptions options(RuleFields fields, boolean withPrefix) {
        boolean prefix = withPrefix && fields.bool("prefix", false);
        return new MatchOptions(prefix, fields.bool("matchCase", false), fields.bool("matchDiacritics", false));
    }

    static PhraseMatcher matcher(RuleFields fields, String field, List<String> phrases, MatchOptions options) {
        try {
            return PhraseMatcher.of(phrases, options);
        } catch (IllegalArgumentException noWords) {
            throw fields.problem("field \"" + field + "\": " + noWords.getMessage());
        }
    }

    static void writeOptions(JsonObject json, MatchOptions options, boolean withPrefix) {
        if (withPrefix) {
            json.add("prefix", options.prefix());
        }
        json.add("matchCase", options.matchCase());
        json.add("matchDiacritics", options.matchDiacritics());
    }

    static JsonArray toJson(List<String> strings) {
        JsonArray array = new JsonArray();
        strings.forEach(array::add);
        return array;
    }
}
