package io.herald.common.rank;

import java.util.List;
import java.util.Objects;

/**
 * A library item as ranking sees it. Missing text is empty, never null.
 *
 * @param id       the item's identifier, returned in {@link RankHit}
 * @param title    the item's title, the strongest evidence of what it is about
 * @param summary  a short description
 * @param captions the approved captions employees may start from
 * @param topics   the topics an admin tagged the item with
 */
public record RankDocument(String id, String title, String summary, List<String> captions, List<String> topics) {

    public RankDocument {
        Objects.requireNonNull(id, "id");
        title = title == null ? "" : title;
        summary = summary == null ? "" : summary;
        captions = captions == null ? List.of() : List.copyOf(captions);
        topics = topics == null ? List.of() : List.copyOf(topics);
    }
}
