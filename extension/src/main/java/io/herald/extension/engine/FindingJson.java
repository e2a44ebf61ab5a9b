package io.herald.extension.engine;

import com.eclipsesource.json.JsonArray;
import com.eclipsesource.json.JsonObject;
import io.herald.common.lint.Finding;
import io.herald.common.lint.Suggestion;
import java.util.List;

/**
 * Findings as JSON, the shape the composer applies:
 * <pre>{@code
 * {"ruleId": "no-client-names", "level": "warning", "start": 4, "end": 9, "matched": "Acme",
 *  "message": "...", "suggestions": [{"kind": "replace", "start": 4, "end": 9, "text": "a client"}],
 *  "description": "...", "link": "https://..."}
 * }</pre>
 * Offsets are UTF-16 indexes into the draft, what a browser's editor uses. A suggestion is
 * {@code {"kind": "replace", start, end, text}}, {@code {"kind": "remove", start, end}} or
 * {@code {"kind": "insert", offset, text}}. {@code description} and {@code link} appear when the rule has them.
 */
final class FindingJson {

    private FindingJson() {
    }

    static JsonArray write(List<Finding> findings) {
        JsonArray array = new JsonArray();
        for (Finding finding : findings) {
            array.add(write(finding));
        }
        return array;
    }

    static JsonObject write(Finding finding) {
        JsonObject json = new JsonObject()
                .add("ruleId", finding.ruleId())
                .add("level", finding.level().id())
                .add("start", finding.start())
                .add("end", finding.end())
                .add("matched", finding.matched())
                .add("message", finding.message());
        JsonArray suggestions = new JsonArray();
        for (Suggestion suggestion : finding.suggestions()) {
            suggestions.add(write(suggestion));
        }
        json.add("suggestions", suggestions);
        finding.description().ifPresent(description -> json.add("description", description));
        finding.link().ifPresent(link -> json.add("link", link));
        return json;
    }

    private static JsonObject write(Suggestion suggestion) {
        JsonObject json = new JsonObject().add("kind", suggestion.kind());
        return switch (suggestion) {
            case Suggestion.Replace replace ->
                    json.add("start", replace.start()).add("end", replace.end()).add("text", replace.text());
            case Suggestion.Remove remove -> json.add("start", remove.start()).add("end", remove.end());
            case Suggestion.Insert insert -> json.add("offset", insert.offset()).add("text", insert.text());
        };
    }
}
