package io.herald.common.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.herald.common.json.Json;
import io.herald.common.json.JsonArray;
import io.herald.common.json.JsonObject;
import io.herald.common.platform.Platform;
import io.herald.common.platform.PostLength;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The result is written by hand for speed; the same values as a tree of {@code io.herald.common.json} values, written
 * by its writer (whose text {@code JsonTest} pins), are the reference for every byte.
 */
class LintResultJsonTest {

    @Test
    void writesWhatTheTreeWriterWritesForTheSameResult() {
        String text = "Acme \"quoted\" \\ back\tslash\nline\u2028sep 🎉 \u0001\u001f\u007f\u2029 end";
        LintRequest request = LintRequest.builder(text, Platform.X)
                .item(new SharedItem(Optional.of("https://news.example.com/a"), List.of("Acme quoted back slash"),
                        Optional.empty()))
                .build();
        List<Finding> findings = List.of(
                new Finding("client-names", Level.WARNING, 0, 4, "Acme", "\"Acme\" is a client\n\u0000",
                        List.of(new Suggestion.Replace(0, 4, "a client \u2028"), new Suggestion.Remove(4, 5)),
                        Optional.of("Why: <b>\\</b>"), Optional.of("https://example.com/why?a=1&b=\"2\"")),
                new Finding("length", Level.SUGGESTION, text.length(), text.length(), "", "Near the limit",
                        List.of(new Suggestion.Insert(text.length(), " #employee\t")), Optional.empty(),
                        Optional.empty()));
        Draft draft = new Draft(request);
        assertEquals(reference(draft, findings), LintResultJson.write(request, findings));
    }

    @Test
    void saysHowManyFindingsOfEachRuleWereLeftOut() {
        LintRequest request = LintRequest.builder("Acme Acme Acme", Platform.X).build();
        Finding first = new Finding("client-names", Level.WARNING, 0, 4, "Acme", "A client", List.of(),
                Optional.empty(), Optional.empty());
        Draft draft = new Draft(request);
        JsonObject expected = Json.parse(reference(draft, List.of(first))).asObject();
        String written = LintResultJson.write(draft, List.of(first),
                new TreeMap<>(Map.of("client-names", 2, "say \"no\"", 7)));

        JsonObject json = Json.parse(written).asObject();
        assertEquals(expected.get("findings"), json.get("findings"));
        assertEquals(new JsonObject().add("client-names", 2).add("say \"no\"", 7), json.get("findingsLeftOut"));
        assertEquals(List.of("findings", "findingsLeftOut", "length", "ownWords"), json.names());
        assertEquals(reference(draft, List.of(first)), LintResultJson.write(draft, List.of(first), Map.of()));
    }

    @Test
    void writesTheLengthAlone() {
        PostLength length = new PostLength(281, 280, false, 279);
        assertEquals("{\"weighted\":281,\"max\":280,\"valid\":false,\"validRangeEnd\":279}",
                LintResultJson.length(length));
    }

    /** The result as the engine wrote it with a tree of JSON values. */
    private static String reference(Draft draft, List<Finding> findings) {
        JsonArray array = new JsonArray();
        for (Finding finding : findings) {
            JsonObject json = new JsonObject().add("ruleId", finding.ruleId()).add("level", finding.level().id())
                    .add("start", finding.start()).add("end", finding.end()).add("matched", finding.matched())
                    .add("message", finding.message());
            JsonArray suggestions = new JsonArray();
            for (Suggestion suggestion : finding.suggestions()) {
                JsonObject fix = new JsonObject().add("kind", suggestion.kind());
                switch (suggestion) {
                    case Suggestion.Replace replace ->
                            fix.add("start", replace.start()).add("end", replace.end()).add("text", replace.text());
                    case Suggestion.Remove remove -> fix.add("start", remove.start()).add("end", remove.end());
                    case Suggestion.Insert insert -> fix.add("offset", insert.offset()).add("text", insert.text());
                }
                suggestions.add(fix);
            }
            json.add("suggestions", suggestions);
            finding.description().ifPresent(description -> json.add("description", description));
            finding.link().ifPresent(link -> json.add("link", link));
            array.add(json);
        }
        PostLength length = draft.length();
        return new JsonObject().add("findings", array)
                .add("length", new JsonObject().add("weighted", length.weighted()).add("max", length.max())
                        .add("valid", length.valid()).add("validRangeEnd", length.validRangeEnd()))
                .add("ownWords", draft.ownWords().isEmpty() ? Json.NULL : Json.value(draft.ownWords().getAsDouble()))
                .toString();
    }
}
