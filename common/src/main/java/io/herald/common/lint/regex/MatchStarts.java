package io.herald.common.lint.regex;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The offsets of a draft where a match of a pattern can start, worked out from the pattern when the rule is loaded,
 * so the regex engine is tried at those offsets only. A search tries the pattern at every offset of the draft, and
 * under TeaVM each try goes through several layers of the regex engine; most patterns can only start at a few
 * offsets of a draft.
 *
 * <p>Two tests, each letting through every offset where the regex engine could find a match:
 * <ul>
 * <li>the first character: an offset is kept when its character is one a match can start with ({@link FirstChars}).
 * Under {@code ignoreCase} an ASCII letter also stands for its other case, and the letters i, s and k for the
 * non-ASCII characters that case-map to them (İ, ı, ſ and the Kelvin sign), the only ones that do; a pattern that
 * can start with a non-ASCII character lets every non-ASCII character (and every ASCII letter) through.</li>
 * <li>the anchor: when the pattern's top level has literal characters (see {@link RequiredLiteral}) at a distance
 * from the match's start that is known within bounds, the match can only start that far before an occurrence of
 * those characters in the draft (folded when {@code ignoreCase}).</li>
 * </ul>
 * Distances are counted in UTF-16 units: a character that may be a supplementary code point counts one or two.
 * Patterns using {@code \G}, whose meaning depends on where the previous search stopped, are not narrowed.
 */
public final class MatchStarts {

    /** Distances beyond this are treated as unbounded, which also keeps the sums of repetitions from overflowing. */
    private static final int UNBOUNDED = 1 << 20;

    private final boolean[] asciiStarts;
    private final boolean nonAsciiStarts;
    /** Literal characters at a bounded distance from every match's start (folded under ignoreCase), or "". */
    private final String anchor;
    private final int anchorMin;
    private final int anchorMax;

    private MatchStarts(boolean[] asciiStarts, boolean nonAsciiStarts, String anchor, int anchorMin, int anchorMax) {
        this.asciiStarts = asciiStarts;
        this.nonAsciiStarts = nonAsciiStarts;
        this.anchor = anchor;
        this.anchorMin = anchorMin;
        this.anchorMax = anchorMax;
    }

    /** The narrowing for a pattern that {@link RegexSafety} accepted, or empty when every offset must be tried. */
    public static Optional<MatchStarts> of(String regex, boolean ignoreCase) {
        if (usesPreviousMatch(regex)) {
            return Optional.empty();
        }
        RegexNode tree = RegexParser.parse(regex, ignoreCase);
        CharRanges first = FirstChars.of(tree).chars();
        boolean[] ascii = new boolean[0x80];
        for (int c = 0; c < ascii.length; c++) {
            ascii[c] = first.contains(c) || ignoreCase && isAsciiLetter(c) && first.contains(c ^ 0x20);
        }
        boolean nonAscii = first.containsAbove(0x7F);
        if (ignoreCase && nonAscii) {
            for (int c = 0; c < ascii.length; c++) {
                ascii[c] |= isAsciiLetter(c);
            }
        }
        if (ignoreCase && (ascii['i'] || ascii['s'] || ascii['k'])) {
            nonAscii = true;
        }
        List<RegexNode> items = new ArrayList<>();
        flatten(tree, items);
        Anchor anchor = anchor(items, ignoreCase);
        return Optional.of(new MatchStarts(ascii, nonAscii, anchor.text(), anchor.min(), anchor.max()));
    }

    /** The offsets (ascending) of {@code text} where a match can start; {@code searched} indexes the same text. */
    public int[] in(String text, LiteralIndex searched) {
        int length = text.length();
        int[] starts = new int[16];
        int count = 0;
        if (anchor.isEmpty()) {
            for (int at = 0; at < length; at++) {
                if (mayStart(text.charAt(at))) {
                    if (count == starts.length) {
                        starts = Arrays.copyOf(starts, count * 2);
                    }
                    starts[count++] = at;
                }
            }
            return Arrays.copyOf(starts, count);
        }
        int next = 0;
        for (int occurrence = searched.next(anchor, -1); occurrence >= 0;
                occurrence = searched.next(anchor, occurrence)) {
            int last = Math.min(occurrence - anchorMin, length - 1);
            for (int at = Math.max(next, occurrence - anchorMax); at <= last; at++) {
                if (mayStart(text.charAt(at))) {
                    if (count == starts.length) {
                        starts = Arrays.copyOf(starts, count * 2);
                    }
                    starts[count++] = at;
                }
            }
            next = Math.max(next, last + 1);
        }
        return Arrays.copyOf(starts, count);
    }

    private boolean mayStart(char c) {
        return c < 0x80 ? asciiStarts[c] : nonAsciiStarts;
    }

    /** {@code \G} outside a class; a backslash before it that is itself escaped only makes this err towards true. */
    private static boolean usesPreviousMatch(String regex) {
        return regex.contains("\\G");
    }

    private static boolean isAsciiLetter(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** The top level as a sequence: groups opened and sequences joined, so their literals line up. */
    private static void flatten(RegexNode node, List<RegexNode> items) {
        switch (node) {
            case RegexNode.Sequence sequence -> sequence.items().forEach(item -> flatten(item, items));
            case RegexNode.Group group -> flatten(group.body(), items);
            default -> items.add(node);
        }
    }

    /** Literal characters and their distance from the match's start, in UTF-16 units, at least min and at most max. */
    private record Anchor(String text, int min, int max) {
        static final Anchor NONE = new Anchor("", 0, 0);
    }

    /** The longest run of literal items at a bounded distance from the start; of equal runs, the least spread one. */
    private static Anchor anchor(List<RegexNode> items, boolean ignoreCase) {
        Anchor best = Anchor.NONE;
        int min = 0;
        int max = 0;
        StringBuilder run = new StringBuilder();
        int runMin = 0;
        int runMax = 0;
        for (RegexNode item : items) {
            int literal = literal(item);
            if (literal >= 0 && max < UNBOUNDED) {
                if (run.length() == 0) {
                    runMin = min;
                    runMax = max;
                }
                run.append(ignoreCase ? RequiredLiteral.foldCase((char) literal) : (char) literal);
            } else {
                best = better(best, run, runMin, runMax);
                run.setLength(0);
            }
            min = Math.min(UNBOUNDED, min + minLength(item));
            max = Math.min(UNBOUNDED, max + maxLength(item));
        }
        return better(best, run, runMin, runMax);
    }

    private static Anchor better(Anchor best, StringBuilder run, int min, int max) {
        boolean longer = run.length() > best.text().length();
        boolean tighter = run.length() == best.text().length() && max - min < best.max() - best.min();
        return run.length() > 0 && (longer || tighter) ? new Anchor(run.toString(), min, max) : best;
    }

    /** The character a literal item stands for, or -1; supplementary characters are matched as code points. */
    private static int literal(RegexNode item) {
        if (item instanceof RegexNode.Chars chars && chars.literal() != RegexNode.Chars.NOT_LITERAL
                && chars.literal() <= Character.MAX_VALUE && !Character.isSurrogate((char) chars.literal())) {
            return chars.literal();
        }
        return -1;
    }

    /** The fewest UTF-16 units a node can match. */
    private static int minLength(RegexNode node) {
        return switch (node) {
            case RegexNode.Chars chars -> 1;
            case RegexNode.ZeroWidth zeroWidth -> 0;
            case RegexNode.Group group -> minLength(group.body());
            case RegexNode.Repeat repeat -> (int) Math.min(UNBOUNDED, (long) repeat.min() * minLength(repeat.body()));
            case RegexNode.Alternation alternation -> {
                int fewest = UNBOUNDED;
                for (RegexNode branch : alternation.branches()) {
                    fewest = Math.min(fewest, minLength(branch));
                }
                yield fewest;
            }
            case RegexNode.Sequence sequence -> {
                int sum = 0;
                for (RegexNode item : sequence.items()) {
                    sum = Math.min(UNBOUNDED, sum + minLength(item));
                }
                yield sum;
            }
        };
    }

    /**
     * The most UTF-16 units a node can match, or {@link #UNBOUNDED}. A character set that holds supplementary code
     * points can match two units; no BMP character case-maps outside the BMP or back, so case does not change this.
     */
    private static int maxLength(RegexNode node) {
        return switch (node) {
            case RegexNode.Chars chars -> chars.set().containsAbove(Character.MAX_VALUE) ? 2 : 1;
            case RegexNode.ZeroWidth zeroWidth -> 0;
            case RegexNode.Group group -> maxLength(group.body());
            case RegexNode.Repeat repeat -> repeat.max() == RegexNode.Repeat.UNBOUNDED ? UNBOUNDED
                    : (int) Math.min(UNBOUNDED, (long) repeat.max() * maxLength(repeat.body()));
            case RegexNode.Alternation alternation -> {
                int most = 0;
                for (RegexNode branch : alternation.branches()) {
                    most = Math.max(most, maxLength(branch));
                }
                yield most;
            }
            case RegexNode.Sequence sequence -> {
                int sum = 0;
                for (RegexNode item : sequence.items()) {
                    sum = Math.min(UNBOUNDED, sum + maxLength(item));
                }
                yield sum;
            }
        };
    }
}
