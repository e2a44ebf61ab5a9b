package io.herald.common.lint;

import java.util.List;
import java.util.Optional;

/**
 * The approved content item the employee is sharing with this draft, when known (picked in the composer, or the
 * {@code contentId} of an API call).
 *
 * @param url         the item's canonical URL
 * @param captions    the item's approved captions, against which the own-words rule measures the draft
 * @param trackedLink this employee's personal tracked link for the item, which the link rule offers in place of the
 *                    canonical URL
 */
public record SharedItem(Optional<String> url, List<String> captions, Optional<String> trackedLink) {

    public SharedItem {
        captions = List.copyOf(captions);
    }
}
