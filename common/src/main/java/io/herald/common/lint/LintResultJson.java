package io.herald.common.lint;

import io.herald.common.platform.PostLength;
import io.herald.common.text.JsonText;
import io.herald.common.text.TextBuilder;
import java.util.List;
import java.util.Map;
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
 * and null when the draft shares no item with captions. A caller that passes on only some of the findings (the API
 * keeps a few per rule) says how many of each rule it left out in {@code "findingsLeftOut": {"ruleId": count}}, after
 * {@code findings}; the member is absent when nothing was left out.
 */
public final class LintResultJson {

    private LintResultJson() {
    }

    public static String write(LintRequest request, List<Finding> findings) {
        return write(new Draft(request), findings);
    }

    /**
     * The same for a draft the rules have just checked, reusing its length and own-words share. The text is written
     * straight into one {@link TextBuilder}, as {@code io.herald.common.json} would write the same values
     * ({@link JsonText}): building a tree of JSON values first and writing it (with minimal-json, then) was a sixth of
     * a lint in the browser.
     */
    public static String write(Draft draft, List<Finding> findings) {
        return write(draft, findings, Map.of());
    }

    /** The same, saying how many findings of each rule were left out of {@code findings} (by rule id). */
    public static String write(Draft draft, List<Finding> findings, Map<String, Integer> leftOut) {
        TextBuilder out = TextBuilder.create(200 + 250 * findings.size());
        out.append("{\"findings\":[");
        for (int i = 0; i < findings.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            finding(out, findings.get(i));
        }
        out.append(']');
        if (!leftOut.isEmpty()) {
            out.append(",\"findingsLeftOut\":{");
            boolean first = true;
            for (Map.Entry<String, Integer> rule : leftOut.entrySet()) {
                out.append(first ? "\"" : ",\"");
                JsonText.content(out, rule.getKey());
                out.append("\":").append(rule.getValue().intValue());
                first = false;
            }
            out.append('}');
        }
        out.append(",\"length\":");
        length(out, draft.length());
        OptionalDouble ownWords = draft.ownWords();
        out.append(",\"ownWords\":");
        if (ownWords.isEmpty()) {
            out.append("null");
        } else {
            out.append(ownWords.getAsDouble());
        }
        return out.append('}').build();
    }

    /** {@code {"weighted", "max", "valid", "validRangeEnd"}}. */
    public static String length(PostLength length) {
        TextBuilder out = TextBuilder.create(80);
        length(out, length);
        return out.build();
    }

    private static void length(TextBuilder out, PostLength length) {
        out.append("{\"weighted\":").append(length.weighted())
                .append(",\"max\":").append(length.max())
                .append(",\"valid\":").append(length.valid() ? "true" : "false")
                .append(",\"validRangeEnd\":").append(length.validRangeEnd())
                .append('}');
    }

    /*
     * Quotes are part of the neighbouring literal pieces, and JsonText.content writes a string's characters alone:
     * fewer pieces for the builder to join.
     */
    private static void finding(TextBuilder out, Finding finding) {
        out.append("{\"ruleId\":\"");
        JsonText.content(out, finding.ruleId());
        out.append("\",\"level\":\"");
        JsonText.content(out, finding.level().id());
        out.append("\",\"start\":").append(finding.start()).append(",\"end\":").append(finding.end())
                .append(",\"matched\":\"");
        JsonText.content(out, finding.matched());
        out.append("\",\"message\":\"");
        JsonText.content(out, finding.message());
        out.append("\",\"suggestions\":[");
        List<Suggestion> suggestions = finding.suggestions();
        for (int i = 0; i < suggestions.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            suggestion(out, suggestions.get(i));
        }
        out.append(']');
        if (finding.description().isPresent()) {
            out.append(",\"description\":\"");
            JsonText.content(out, finding.description().get());
            out.append('"');
        }
        if (finding.link().isPresent()) {
            out.append(",\"link\":\"");
            JsonText.content(out, finding.link().get());
            out.append('"');
        }
        out.append('}');
    }

    private static void suggestion(TextBuilder out, Suggestion suggestion) {
        out.append("{\"kind\":\"");
        JsonText.content(out, suggestion.kind());
        switch (suggestion) {
            case Suggestion.Replace replace -> {
                out.append("\",\"start\":").append(replace.start()).append(",\"end\":").append(replace.end())
                        .append(",\"text\":\"");
                JsonText.content(out, replace.text());
                out.append("\"}");
            }
            case Suggestion.Remove remove -> out.append("\",\"start\":").append(remove.start())
                    .append(",\"end\":").append(remove.end()).append('}');
            case Suggestion.Insert insert -> {
                out.append("\",\"offset\":").append(insert.offset()).append(",\"text\":\"");
                JsonText.content(out, insert.text());
                out.append("\"}");
            }
        }
    }
}
