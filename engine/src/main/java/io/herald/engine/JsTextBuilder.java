package io.herald.engine;

import io.herald.common.text.TextBuilder;
import org.teavm.jso.JSBody;
import org.teavm.jso.core.JSString;

/**
 * The engine's {@link TextBuilder} in the browser: pieces joined with JavaScript's {@code +}, which keeps them as
 * they are until the text is read, instead of copying each character into TeaVM's {@code StringBuilder} buffer and
 * turning the buffer back into a string.
 */
final class JsTextBuilder extends TextBuilder {

    private JSString text = empty();

    @Override
    public TextBuilder append(String piece) {
        text = join(text, piece);
        return this;
    }

    @Override
    public TextBuilder append(String piece, int start, int end) {
        text = join(text, piece, start, end);
        return this;
    }

    @Override
    public TextBuilder append(char c) {
        text = join(text, c);
        return this;
    }

    @Override
    public TextBuilder append(int number) {
        text = join(text, number);
        return this;
    }

    /**
     * Between a thousandth and ten million, JavaScript prints a number as the JDK's {@code Double.toString} does
     * without its trailing ".0" (both print the shortest decimal that reads back as the same double, in plain
     * notation), and does it natively: TeaVM's {@code Double.toString} works in emulated 64-bit integers and
     * allocated more than the rest of a lint's result. Outside that range the notations differ, so the JDK's way is
     * used.
     */
    @Override
    public TextBuilder append(double number) {
        double magnitude = Math.abs(number);
        if (number == 0 && 1 / number > 0 || magnitude >= 1e-3 && magnitude < 1e7) {
            text = join(text, number);
            return this;
        }
        return super.append(number);
    }

    @Override
    public String build() {
        return text.stringValue();
    }

    @JSBody(script = "return '';")
    private static native JSString empty();

    @JSBody(params = {"text", "piece"}, script = "return text + piece;")
    private static native JSString join(JSString text, String piece);

    @JSBody(params = {"text", "piece", "start", "end"}, script = "return text + piece.substring(start, end);")
    private static native JSString join(JSString text, String piece, int start, int end);

    @JSBody(params = {"text", "c"}, script = "return text + String.fromCharCode(c);")
    private static native JSString join(JSString text, char c);

    /** A JavaScript number of integer value prints as Integer.toString prints it. */
    @JSBody(params = {"text", "number"}, script = "return text + number;")
    private static native JSString join(JSString text, int number);

    @JSBody(params = {"text", "number"}, script = "return text + number;")
    private static native JSString join(JSString text, double number);
}
