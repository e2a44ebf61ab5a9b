package io.herald.extension.engine;

import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonObject;
import io.herald.common.lint.Finding;
import io.herald.common.lint.LintRequest;
import io.herald.common.platform.PostLength;
import io.herald.common.similarity.OwnWords;
import java.util.List;

/**
 * The result of a lint as JSON, the shape of the API's {@code POST /api/v1/lint}:
 * {@code {"findings": [...], "length": {"weighted", "max", "valid", "validRangeEnd"}, "ownWords": 0.42 | null}}.
 * {@code ownWords} is the share (0 to 1) of the draft in the author's own words against the shared item's captions,
 * and null when the draft shares no item with captions.
 */
final class LintResultJson {

    private LintResultJson() {
    }

    static String write(LintRequest request, List<Finding> findings) {
        List<String> captions = request.captions();
        return new JsonObject()
                .add("findings", FindingJson.write(findings))
                .add("length", length(PostLength.of(request.text(), request.platform())))
                .add("ownWords", captions.isEmpty() ? Json.NULL : Json.value(OwnWords.share(request.text(), captions)))
                .toString();
    }

    static JsonObject length(PostLength length) {
        return new JsonObject()
                .add("weighted", length.weighted())
                .add("max", length.max())
                .add("valid", length.valid())
                .add("validRangeEnd", length.validRangeEnd());
    }

    /** What the exports return when their input cannot be used: {@code {"error": "..."}}. */
    static String error(String message) {
        return new JsonObject().add("error", message).toString();
    }
}
