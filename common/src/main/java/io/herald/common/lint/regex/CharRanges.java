package io.herald.common.lint.regex;

import java.util.ArrayList;
import java.util.List;

/**
 * A set of code points as sorted, disjoint, non-adjacent ranges: what a regex element can match as one character.
 * Used only to ask whether two alternatives can start with the same character, so sets that are hard to know
 * exactly (Unicode properties) are approximated by {@link #ALL}, which errs on the side of refusing a pattern.
 */
final class CharRanges {

    static final int MAX = Character.MAX_CODE_POINT;
    static final CharRanges NONE = new CharRanges(new int[0]);
    static final CharRanges ALL = range(0, MAX);
    static final CharRanges DIGITS = range('0', '9');
    static final CharRanges WORD = DIGITS.union(range('A', 'Z')).union(range('a', 'z')).union(single('_'));
    static final CharRanges SPACE = range('\t', '\r').union(single(' '));

    /** Pairs of inclusive bounds: {@code [from0, to0, from1, to1, ...]}. */
    private final int[] bounds;

    private CharRanges(int[] bounds) {
        this.bounds = bounds;
    }

    static CharRanges single(int codePoint) {
        return range(codePoint, codePoint);
    }

    static CharRanges range(int from, int to) {
        return new CharRanges(new int[] {from, to});
    }

    boolean isEmpty() {
        return bounds.length == 0;
    }

    boolean contains(int codePoint) {
        for (int i = 0; i < bounds.length; i += 2) {
            if (codePoint <= bounds[i + 1]) {
                return codePoint >= bounds[i];
            }
        }
        return false;
    }

    /** Whether the set holds any code point above {@code codePoint}. */
    boolean containsAbove(int codePoint) {
        return bounds.length > 0 && bounds[bounds.length - 1] > codePoint;
    }

    CharRanges union(CharRanges other) {
        List<int[]> all = new ArrayList<>();
        collect(all);
        other.collect(all);
        all.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<Integer> merged = new ArrayList<>();
        for (int[] range : all) {
            int last = merged.size() - 1;
            if (last > 0 && range[0] <= merged.get(last) + 1) {
                merged.set(last, Math.max(merged.get(last), range[1]));
            } else {
                merged.add(range[0]);
                merged.add(range[1]);
            }
        }
        int[] result = new int[merged.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = merged.get(i);
        }
        return new CharRanges(result);
    }

    CharRanges complement() {
        List<Integer> result = new ArrayList<>();
        int next = 0;
        for (int i = 0; i < bounds.length; i += 2) {
            if (bounds[i] > next) {
                result.add(next);
                result.add(bounds[i] - 1);
            }
            next = bounds[i + 1] + 1;
        }
        if (next <= MAX) {
            result.add(next);
            result.add(MAX);
        }
        int[] array = new int[result.size()];
        for (int i = 0; i < array.length; i++) {
            array[i] = result.get(i);
        }
        return new CharRanges(array);
    }

    boolean intersects(CharRanges other) {
        int i = 0;
        int j = 0;
        while (i < bounds.length && j < other.bounds.length) {
            if (bounds[i + 1] < other.bounds[j]) {
                i += 2;
            } else if (other.bounds[j + 1] < bounds[i]) {
                j += 2;
            } else {
                return true;
            }
        }
        return false;
    }

    /**
     * The set with both cases of its letters, as a case-insensitive match sees it. Ranges wider than a few hundred
     * code points are kept as they are: they already hold most letters of both cases that matter here.
     */
    CharRanges withBothCases() {
        CharRanges result = this;
        for (int i = 0; i < bounds.length; i += 2) {
            if (bounds[i + 1] - bounds[i] > 512) {
                continue;
            }
            for (int c = bounds[i]; c <= bounds[i + 1]; c++) {
                int upper = Character.toUpperCase(c);
                int lower = Character.toLowerCase(c);
                if (upper != c) {
                    result = result.union(single(upper));
                }
                if (lower != c) {
                    result = result.union(single(lower));
                }
            }
        }
        return result;
    }

    private void collect(List<int[]> into) {
        for (int i = 0; i < bounds.length; i += 2) {
            into.add(new int[] {bounds[i], bounds[i + 1]});
        }
    }
}
