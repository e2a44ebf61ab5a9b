package io.herald.common.lint.regex;

/**
 * A run of characters that every match of a pattern contains, found when the rule is loaded, so that a draft without
 * it can skip the regex search (the largest cost of a lint in the browser) after one {@code indexOf}. Only what the
 * pattern's structure proves required is taken: literal characters in sequence, through groups and repetitions of at
 * least one; an alternation, an optional part, a class, a lookaround or an anchor ends the run, and an alternation
 * contributes nothing. With {@code ignoreCase} the literal is folded by {@link #foldCase}, and must be looked for in
 * the draft folded the same way.
 */
public final class RequiredLiteral {

    private RequiredLiteral() {
    }

    /** The longest proven run, or the empty string when none is proven (then the search must always run). */
    public static String of(String regex, boolean ignoreCase) {
        return analyse(RegexParser.parse(regex, ignoreCase), ignoreCase).best();
    }

    /**
     * Each character as a case-insensitive, Unicode-case match compares it: lower case of upper case, one
     * {@code char} at a time, which is what both the JDK's and TeaVM's regex engines do for such a pattern's literal
     * characters. Keeps the length, so offsets stay the draft's.
     */
    public static String foldCase(String text) {
        char[] folded = new char[text.length()];
        for (int i = 0; i < folded.length; i++) {
            folded[i] = foldCase(text.charAt(i));
        }
        return new String(folded);
    }

    /** One character folded as {@link #foldCase(String)} folds it; ASCII answered without TeaVM's Unicode tables. */
    static char foldCase(char c) {
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    /**
     * {@code exact}: the node always matches exactly {@code text}. {@code best}: the longest run every match of the
     * node contains (equal to {@code text} when exact).
     */
    private record Info(boolean exact, String text, String best) {
        static final Info NOTHING = new Info(false, "", "");
    }

    private static Info analyse(RegexNode node, boolean ignoreCase) {
        return switch (node) {
            case RegexNode.Chars chars -> literal(chars, ignoreCase);
            case RegexNode.Group group -> analyse(group.body(), ignoreCase);
            case RegexNode.Sequence sequence -> sequence(sequence, ignoreCase);
            case RegexNode.Repeat repeat -> {
                Info body = analyse(repeat.body(), ignoreCase);
                if (repeat.min() == 1 && repeat.max() == 1) {
                    yield body;
                }
                yield repeat.min() >= 1 ? new Info(false, "", body.best()) : Info.NOTHING;
            }
            case RegexNode.Alternation alternation -> Info.NOTHING;
            case RegexNode.ZeroWidth zeroWidth -> Info.NOTHING;
        };
    }

    private static Info literal(RegexNode.Chars chars, boolean ignoreCase) {
        int c = chars.literal();
        // Supplementary characters are matched as code points (and case-folded as such), not char by char.
        if (c == RegexNode.Chars.NOT_LITERAL || c > Character.MAX_VALUE || Character.isSurrogate((char) c)) {
            return Info.NOTHING;
        }
        String text = String.valueOf((char) c);
        if (ignoreCase) {
            text = foldCase(text);
        }
        return new Info(true, text, text);
    }

    private static Info sequence(RegexNode.Sequence sequence, boolean ignoreCase) {
        StringBuilder run = new StringBuilder();
        String best = "";
        boolean exact = true;
        for (RegexNode item : sequence.items()) {
            Info info = analyse(item, ignoreCase);
            if (info.exact()) {
                run.append(info.text());
            } else {
                exact = false;
                best = longer(best, run.toString());
                best = longer(best, info.best());
                run.setLength(0);
            }
        }
        best = longer(best, run.toString());
        return exact ? new Info(true, run.toString(), best) : new Info(false, "", best);
    }

    private static String longer(String a, String b) {
        return b.length() > a.length() ? b : a;
    }
}
