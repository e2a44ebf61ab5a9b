/**
 * How much of a draft is the author's own, and whether two posts are essentially the same text. Both work on folded
 * words ({@code io.herald.common.text}) with links left out, so a personal tracked link, a change of case or a missing
 * accent does not make copied text look original.
 */
package io.herald.common.similarity;
