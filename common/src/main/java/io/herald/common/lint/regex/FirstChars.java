package io.herald.common.lint.regex;

/**
 * The characters a node's matches can start with (a superset where the parse approximates, as for Unicode
 * properties), and whether it can match empty text. {@link RegexSafety} compares alternatives by it; {@link
 * MatchStarts} skips the offsets of a draft where no match can start.
 */
record FirstChars(CharRanges chars, boolean nullable) {

    static FirstChars of(RegexNode node) {
        return switch (node) {
            case RegexNode.Chars chars -> new FirstChars(chars.set(), false);
            case RegexNode.ZeroWidth zeroWidth -> new FirstChars(CharRanges.NONE, true);
            case RegexNode.Group group -> of(group.body());
            case RegexNode.Repeat repeat -> {
                FirstChars body = of(repeat.body());
                yield new FirstChars(body.chars(), body.nullable() || repeat.min() == 0);
            }
            case RegexNode.Alternation alternation -> {
                CharRanges chars = CharRanges.NONE;
                boolean nullable = false;
                for (RegexNode branch : alternation.branches()) {
                    FirstChars first = of(branch);
                    chars = chars.union(first.chars());
                    nullable |= first.nullable();
                }
                yield new FirstChars(chars, nullable);
            }
            case RegexNode.Sequence sequence -> {
                CharRanges chars = CharRanges.NONE;
                for (RegexNode item : sequence.items()) {
                    FirstChars first = of(item);
                    chars = chars.union(first.chars());
                    if (!first.nullable()) {
                        yield new FirstChars(chars, false);
                    }
                }
                yield new FirstChars(chars, true);
            }
        };
    }
}
