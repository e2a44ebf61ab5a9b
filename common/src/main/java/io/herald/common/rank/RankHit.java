package io.herald.common.rank;

/**
 * A library item that matches a draft.
 *
 * @param id    the item's identifier
 * @param score its relevance, rounded to four decimals; only the order of scores for one draft means anything
 */
public record RankHit(String id, double score) {
}
