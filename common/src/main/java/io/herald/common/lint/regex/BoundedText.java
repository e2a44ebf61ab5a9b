package io.herald.common.lint.regex;

/**
 * A draft as a regex engine reads it, with a budget of character reads. Both java.util.regex on the JVM and TeaVM's
 * regex (derived from Apache Harmony) read their input through {@link CharSequence#charAt}, so counting those calls
 * bounds the work of any match, whatever the pattern, without threads or timers (neither exists in the browser).
 */
public final class BoundedText implements CharSequence {

    /** Reads allowed per character of the draft: ample for linear patterns, far below a runaway match. */
    public static final int READS_PER_CHAR = 200;

    /** Reads allowed whatever the length, so short drafts are never starved. */
    public static final int BASE_READS = 10_000;

    private final String text;
    /* int, not long: TeaVM emulates long arithmetic with objects, one per read. */
    private final int budget;
    private int reads;

    public BoundedText(String text) {
        this(text, BASE_READS + (long) READS_PER_CHAR * text.length());
    }

    /** A budget beyond {@link Integer#MAX_VALUE} reads (a draft of millions of characters) is that many. */
    public BoundedText(String text, long budget) {
        this.text = text;
        this.budget = (int) Math.min(Integer.MAX_VALUE - 1, budget);
    }

    @Override
    public char charAt(int index) {
        if (++reads > budget) {
            throw new MatchBudgetExceeded(budget);
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return text.subSequence(start, end);
    }

    @Override
    public String toString() {
        return text;
    }
}
