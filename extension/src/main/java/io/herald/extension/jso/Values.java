package io.herald.extension.jso;

import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLElement;

/** The values of form controls. */
public final class Values {

    private Values() {
    }

    @JSBody(params = "control", script = "return control.value || '';")
    public static native String get(HTMLElement control);

    @JSBody(params = {"control", "value"}, script = "control.value = value;")
    public static native void set(HTMLElement control, String value);

    @JSBody(params = "control", script = "return !!control.checked;")
    public static native boolean checked(HTMLElement control);

    @JSBody(params = {"control", "checked"}, script = "control.checked = checked;")
    public static native void setChecked(HTMLElement control, boolean checked);

    /** Copies {@code text} to the clipboard; calls back with whether it worked. */
    @JSBody(params = {"text", "done"}, script = ""
            + "navigator.clipboard.writeText(text).then(function () { done(true); }, function () { done(false); });")
    public static native void copy(String text, Copied done);

    @org.teavm.jso.JSFunctor
    public interface Copied extends org.teavm.jso.JSObject {
        void done(boolean copied);
    }
}
