package io.herald.common.text;

import java.util.function.IntFunction;

/**
 * Builds a string from pieces: a {@link StringBuilder} on the JVM. The browser build of the engine installs one that
 * joins JavaScript strings ({@link #use}), because TeaVM's {@code StringBuilder} copies every character into a typed
 * array and makes the string with {@code String.fromCharCode.apply} over chunks of 1,024 characters, each with an
 * argument list of eight kilobytes: for a lint's result that was most of what a lint allocated.
 */
public abstract class TextBuilder {

    private static IntFunction<TextBuilder> factory = Java::new;

    /** A builder for a text of about {@code capacity} characters. */
    public static TextBuilder create(int capacity) {
        return factory.apply(capacity);
    }

    /** Installs another kind of builder; the browser build does this once, before any other call. */
    public static void use(IntFunction<TextBuilder> builders) {
        factory = builders;
    }

    public abstract TextBuilder append(String text);

    /** The characters of {@code text} from {@code start} to {@code end}. */
    public abstract TextBuilder append(String text, int start, int end);

    public abstract TextBuilder append(char c);

    /** The number in decimal, as {@link Integer#toString(int)} writes it. */
    public abstract TextBuilder append(int number);

    /**
     * A finite number the way the engine's JSON has always printed it (and minimal-json's before it): {@link Double#toString}
     * without a trailing {@code ".0"}, so {@code 1.0} is {@code 1}, {@code 0.25} is {@code 0.25} and {@code 0.0005}
     * is {@code 5.0E-4}.
     */
    public TextBuilder append(double number) {
        if (Double.isNaN(number) || Double.isInfinite(number)) {
            throw new IllegalArgumentException("JSON has no " + number);
        }
        String printed = Double.toString(number);
        return append(printed.endsWith(".0") ? printed.substring(0, printed.length() - 2) : printed);
    }

    /** The text built so far. */
    public abstract String build();

    private static final class Java extends TextBuilder {
        private final StringBuilder text;

        Java(int capacity) {
            text = new StringBuilder(capacity);
        }

        @Override
        public TextBuilder append(String piece) {
            text.append(piece);
            return this;
        }

        @Override
        public TextBuilder append(String piece, int start, int end) {
            text.append(piece, start, end);
            return this;
        }

        @Override
        public TextBuilder append(char c) {
            text.append(c);
            return this;
        }

        @Override
        public TextBuilder append(int number) {
            text.append(number);
            return this;
        }

        @Override
        public String build() {
            return text.toString();
        }
    }
}
