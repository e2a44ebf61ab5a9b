package io.herald.common.lint.match;

/** Where a phrase was found: its UTF-16 span in the draft and its index in the matcher's list. */
public record PhraseMatch(int start, int end, int phrase) {
}
