package io.herald.common.lint;

import java.util.List;
import java.util.Optional;

/**
 * One piece of advice about a draft, as plain data.
 *
 * <p>{@code start} and {@code end} are UTF-16 offsets into the draft (end exclusive) and {@code matched} is the text
 * between them. A finding about the draft as a whole (its length, its share of own words, a missing disclosure) has
 * an empty span at the end of the draft, where the author is typing and where an insertion lands. {@code message}
 * is already in the requested language with its placeholders filled; {@code description} and {@code link} explain
 * why the guideline exists, when the admin wrote them.
 */
public record Finding(
        String ruleId,
        Level level,
        int start,
        int end,
        String matched,
        String message,
        List<Suggestion> suggestions,
        Optional<String> description,
        Optional<String> link) {

    public Finding {
        suggestions = List.copyOf(suggestions);
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + "-" + end);
        }
    }
}
