package io.herald.common.lint.match;

/** A UTF-16 span of a draft, end exclusive. */
public record Span(int start, int end) {
}
