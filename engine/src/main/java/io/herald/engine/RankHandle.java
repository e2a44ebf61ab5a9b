package io.herald.engine;

import io.herald.common.rank.RankIndex;
import org.teavm.jso.JSExport;

/**
 * A library indexed for ranking, handed to JavaScript by {@code rankIndex} and kept there while the employee types:
 * building the index is the expensive part, ranking against it is cheap.
 */
public final class RankHandle {

    private final RankIndex index;

    RankHandle(RankIndex index) {
        this.index = index;
    }

    /** The at most {@code limit} best items for {@code draft} as {@code [{"id", "score"}, ...]}, best first. */
    @JSExport
    public String rank(String draft, int limit) {
        return LibraryJson.write(index.rank(draft, limit));
    }

    /** The number of items in the library. */
    @JSExport
    public int size() {
        return index.size();
    }
}
