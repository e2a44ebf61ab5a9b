package io.herald.common.lint.regex;

import java.util.List;

/**
 * A parsed regular expression, only as detailed as the safety check needs. {@code from} and {@code to} locate each
 * node in the admin's pattern, so a refusal can quote the part at fault.
 */
sealed interface RegexNode {

    int from();

    int to();

    /**
     * One character out of a set (a literal, a class, {@code .}, {@code \d}). {@code literal} is the character a
     * literal or one-character escape stands for, as written (before case folding), or {@link #NOT_LITERAL}.
     */
    record Chars(CharRanges set, int literal, int from, int to) implements RegexNode {
        static final int NOT_LITERAL = -1;

        Chars(CharRanges set, int from, int to) {
            this(set, NOT_LITERAL, from, to);
        }
    }

    /** Matches nothing but tests a position: anchors, word boundaries, lookarounds (their body still checked). */
    record ZeroWidth(List<RegexNode> body, int from, int to) implements RegexNode {
    }

    record Sequence(List<RegexNode> items, int from, int to) implements RegexNode {
    }

    record Alternation(List<RegexNode> branches, int from, int to) implements RegexNode {
    }

    /** A group of any kind but a lookaround. */
    record Group(RegexNode body, int from, int to) implements RegexNode {
    }

    /** {@code max} is {@link #UNBOUNDED} for {@code *}, {@code +} and {@code {n,}}. */
    record Repeat(RegexNode body, int min, int max, int from, int to) implements RegexNode {
        static final int UNBOUNDED = -1;

        /** Whether the number of repetitions can vary, which is what gives a backtracking engine choices. */
        boolean varies() {
            return max != min;
        }

        boolean repeats() {
            return max == UNBOUNDED || max > 1;
        }
    }
}
