package io.herald.common.lint.regex;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Compiles admin-written patterns, refusing those that are invalid or could backtrack catastrophically (see the
 * package documentation for what is refused and why).
 */
public final class RegexSafety {

    /** Longer patterns are refused: guideline patterns are short, and the check walks the pattern several times. */
    public static final int MAX_LENGTH = 500;

    private RegexSafety() {
    }

    /**
     * The compiled pattern, or an {@link IllegalArgumentException} whose message completes the sentence "pattern
     * ..." for the admin, such as {@code repeats "a+" inside the repetition "(a+)+", which can take exponential
     * time}.
     */
    public static Pattern compile(String regex, boolean ignoreCase) {
        if (regex.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("is longer than " + MAX_LENGTH + " characters");
        }
        Pattern pattern;
        try {
            pattern = Pattern.compile(regex, ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0);
        } catch (PatternSyntaxException invalid) {
            // Neither the description nor the index: TeaVM's PatternSyntaxException has an empty description and
            // other indexes than the JDK's, and the admin page (browser) and the API (JVM) must refuse alike.
            throw new IllegalArgumentException("is not a valid regular expression: check its brackets, escapes"
                    + " and repetition counts");
        }
        RegexNode tree;
        try {
            tree = RegexParser.parse(regex, ignoreCase);
        } catch (UnsupportedRegex unsupported) {
            throw new IllegalArgumentException(unsupported.getMessage());
        } catch (RuntimeException unreadable) {
            throw new IllegalArgumentException("uses syntax the guideline engine cannot check for safety");
        }
        check(regex, tree, null);
        if (FirstChars.of(tree).nullable()) {
            throw new IllegalArgumentException("can match empty text, which marks nothing an employee could fix");
        }
        return pattern;
    }

    /**
     * Walks the tree; {@code loop} is the innermost enclosing repetition that repeats (max above one), or null.
     */
    private static void check(String regex, RegexNode node, RegexNode.Repeat loop) {
        switch (node) {
            case RegexNode.Repeat repeat -> {
                if (loop != null && repeat.varies()) {
                    throw new IllegalArgumentException("repeats \"" + text(regex, repeat) + "\" inside the repetition \""
                            + text(regex, loop) + "\", which can take exponential time; rewrite it without the"
                            + " nested repetition");
                }
                check(regex, repeat.body(), repeat.repeats() ? repeat : loop);
            }
            case RegexNode.Alternation alternation -> {
                if (loop != null) {
                    checkDisjoint(regex, alternation, loop);
                }
                alternation.branches().forEach(branch -> check(regex, branch, loop));
            }
            case RegexNode.Sequence sequence -> sequence.items().forEach(item -> check(regex, item, loop));
            case RegexNode.Group group -> check(regex, group.body(), loop);
            case RegexNode.ZeroWidth zeroWidth -> zeroWidth.body().forEach(item -> check(regex, item, loop));
            case RegexNode.Chars chars -> {
                // a single character gives the engine no choice to backtrack over
            }
        }
    }

    /** Inside a loop, every alternative must start with characters no other alternative starts with. */
    private static void checkDisjoint(String regex, RegexNode.Alternation alternation, RegexNode.Repeat loop) {
        List<RegexNode> branches = alternation.branches();
        for (int i = 0; i < branches.size(); i++) {
            FirstChars a = FirstChars.of(branches.get(i));
            for (int j = i + 1; j < branches.size(); j++) {
                FirstChars b = FirstChars.of(branches.get(j));
                boolean overlap = a.chars().intersects(b.chars())
                        && !diverge(leadingChars(branches.get(i)), leadingChars(branches.get(j)));
                if (a.nullable() || b.nullable() || overlap) {
                    throw new IllegalArgumentException("has alternatives \"" + text(regex, branches.get(i))
                            + "\" and \"" + text(regex, branches.get(j)) + "\" that can match the same text inside"
                            + " the repetition \"" + text(regex, loop) + "\", which can take exponential time; make"
                            + " each alternative start with different characters");
                }
            }
        }
    }

    /**
     * Whether two runs of leading characters differ somewhere within the shorter one ("bar" and "baz" do, "a" and
     * "ab" do not), so that the alternatives cannot both match where they start.
     */
    private static boolean diverge(List<CharRanges> a, List<CharRanges> b) {
        for (int k = 0; k < Math.min(a.size(), b.size()); k++) {
            if (!a.get(k).intersects(b.get(k))) {
                return true;
            }
        }
        return false;
    }

    /** The single characters a node starts with, one set per position, up to its first element of another kind. */
    private static List<CharRanges> leadingChars(RegexNode node) {
        List<CharRanges> run = new ArrayList<>();
        collectLeading(node, run);
        return run;
    }

    /** Adds the leading single characters of {@code node} to {@code run}; false when something else came first. */
    private static boolean collectLeading(RegexNode node, List<CharRanges> run) {
        return switch (node) {
            case RegexNode.Chars chars -> {
                run.add(chars.set());
                yield true;
            }
            case RegexNode.Group group -> collectLeading(group.body(), run);
            case RegexNode.Sequence sequence -> {
                for (RegexNode item : sequence.items()) {
                    if (!collectLeading(item, run)) {
                        yield false;
                    }
                }
                yield true;
            }
            default -> false;
        };
    }

    private static String text(String regex, RegexNode node) {
        return regex.substring(node.from(), node.to());
    }
}
