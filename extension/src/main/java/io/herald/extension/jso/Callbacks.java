package io.herald.extension.jso;

import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/** The shapes of callbacks passed to the browser. */
public final class Callbacks {

    private Callbacks() {
    }

    @JSFunctor
    public interface Items extends JSObject {
        void accept(JSObject items);
    }

    @JSFunctor
    public interface Done extends JSObject {
        void done();
    }

    /** A text result, or null. */
    @JSFunctor
    public interface Text extends JSObject {
        void accept(String text);
    }

    /** A result or, when the call failed, null and the browser's error message. */
    @JSFunctor
    public interface TextOrError extends JSObject {
        void accept(String text, String error);
    }
}
