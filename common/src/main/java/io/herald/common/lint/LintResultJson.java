package io.herald.common.lint;

import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonArray;
import com.eclipsesource.json.JsonObject;
import io.herald.common.platform.PostLength;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The result of a lint as JSON, one shape for the API's {@code POST /api/v1/lint} and the engine in the browser:
 * <pre>{@code
 * {"findings": [{"ruleId": "client-names", "level": "warning", "start": 4, "end": 9, "matched": "Acme",
 *                "message": "...", "suggestions": [{"kind": "replace", "start": 4, "end": 9, "text": "a client"}],
 *                "description": "...", "link": "https://..."}],
 *  "length": {"weighted": 57, "max": 280, "valid": true, "validRangeEnd": 57},
 *  "ownWords": 0.42}
 * }</pre>
 * Offsets are UTF-16 indexes into the draft, what a browser's editor uses. A suggestion is
 * {@code {"kind": "replace", start, end, text}}, {@code {"kind": "remove", start, end}} or
 * {@code {"kind": "insert", offset, text}}. {@code description} and {@code link} appear when the rule has them.
 * {@code ownWords} is the share (0 to 1) of the draft in the author's own words against the shared item's captions,
 * and null when the draft shares no item with captions.
 */
public final class LintResultJson {

    private LintResultJson() {
    }

    public static String write(LintRequest request, List<Finding> findings) {
        return write(new Draft(request), findings);
    }

    /** The same for a draft the rules have just checked, reusing its length and own-words share. */
    public static String write(Draft draft, List<Finding> findings) {
        OptionalDouble ownWords = draft.ownWords();
        return new JsonObject()
                .add("findings", findings(findings))
                .add("length", length(draft.length()))
                .add("ownWords", ownWords.isEmpty() ? Json.NULL : Json.value(ownWords.getAsDouble()))
                .toString();
    }

    public static JsonArray findings(List<Finding> findings) {
        JsonArray array = new JsonArray();
        for (Finding finding : findings) {
            array.add(finding(finding));
        }
        return array;
    }

    public static JsonObject length(PostLength length) {
        return new JsonObject()
                .add("weighted", length.weighted())
                .add("max", length.max())
                .add("valid", length.valid())
                .add("validRangeEnd", length.validRangeEnd());
    }

    private static JsonObject finding(Finding finding) {
        JsonObject json = new JsonObject()
                .add("ruleId", finding.ruleId())
                .add("level", finding.level().id())
                .add("start", finding.start())
                .add("end", finding.end())
                .add("matched", finding.matched())
                .add("message", finding.message());
        JsonArray suggestions = new JsonArray();
        for (Suggestion suggestion : finding.suggestions()) {
            suggestions.add(suggestion(suggestion));
        }
        json.add("suggestions", suggestions);
        finding.description().ifPresent(description -> json.add("description", description));
        finding.link().ifPresent(link -> json.add("link", link));
        return json;
    }

    private static JsonObject suggestion(Suggestion suggestion) {
        JsonObject json = new JsonObject().add("kind", suggestion.kind());
        return switch (suggestion) {
            case Suggestion.Replace replace ->
                    json.add("start", replace.start()).add("end", replace.end()).add("text", replace.text());
            case Suggestion.Remove remove -> json.add("start", remove.start()).add("end", remove.end());
            case Suggestion.Insert insert -> json.add("offset", insert.offset()).add("text", insert.text());
        };
    }
}
