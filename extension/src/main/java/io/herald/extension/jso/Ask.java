package io.herald.extension.jso;

import java.util.function.Consumer;
import org.teavm.jso.JSObject;

/**
 * Requests to the extension's background from the scripts that run in pages (the assistant, the options page, the
 * popup; see {@code io.herald.extension.message.Kind}): answers are parsed with the browser's JSON; a failure to reach
 * the background becomes an answer with {@code error}.
 */
public final class Ask {

    private Ask() {
    }

    public static void background(JSObject message, Consumer<JSObject> answer) {
        Runtime.send(JsJson.stringify(message), (text, error) -> {
            JSObject parsed = text == null ? null : JsJson.parse(text);
            answer.accept(parsed != null ? parsed : JsJson.put(JsJson.object(), "error",
                    error == null ? "no answer" : error));
        });
    }

    /** Asks for an answer that is passed on as text (the lint result, parsed by the assistant). */
    public static void backgroundText(JSObject message, Consumer<String> answer) {
        Runtime.send(JsJson.stringify(message), (text, error) -> answer.accept(text));
    }

    public static void tell(JSObject message) {
        Runtime.send(JsJson.stringify(message), (text, error) -> { });
    }
}
