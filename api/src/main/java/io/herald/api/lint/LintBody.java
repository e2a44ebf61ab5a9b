package io.herald.api.lint;

import java.util.Optional;

import io.herald.api.web.Fields;
import io.herald.common.platform.Platform;

/**
 * A draft to check: its text, the platform it is for, the language of the messages wanted (default {@code en}) and,
 * when the draft shares a library item, that item's id (its captions are what "own words" is measured against).
 */
public record LintBody(String text, Platform platform, String language, Optional<String> contentId) {
    /** Far above any platform's limit (LinkedIn: 3,000) so an over-long draft is still checked and told so. */
    static final int MAX_TEXT = 20_000;

    public LintBody {
        text = Fields.maxLength("text", Fields.required("text", text), MAX_TEXT);
        Fields.required("platform", platform);
        language = Optional.ofNullable(Fields.optionalText("language", language, 35)).orElse("en");
        contentId = contentId == null ? Optional.empty()
                : contentId.map(id -> Fields.optionalText("contentId", id, 36));
    }
}
