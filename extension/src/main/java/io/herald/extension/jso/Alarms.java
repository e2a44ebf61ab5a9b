package io.herald.extension.jso;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/**
 * {@code chrome.alarms}: wake the background at a time even if the browser stopped its service worker meanwhile.
 * Browsers enforce a minimum delay of 30 seconds for packed extensions.
 */
public final class Alarms {

    private Alarms() {
    }

    @JSBody(params = {"name", "delayMinutes"}, script = "chrome.alarms.create(name, {delayInMinutes: delayMinutes});")
    public static native void once(String name, double delayMinutes);

    @JSBody(params = {"name", "periodMinutes"}, script = ""
            + "chrome.alarms.create(name, {delayInMinutes: periodMinutes, periodInMinutes: periodMinutes});")
    public static native void every(String name, double periodMinutes);

    @JSBody(params = "name", script = "chrome.alarms.clear(name);")
    public static native void clear(String name);

    @JSBody(params = "listener", script = "chrome.alarms.onAlarm.addListener(function (alarm) { listener(alarm.name); });")
    public static native void onAlarm(Listener listener);

    @JSFunctor
    public interface Listener extends JSObject {
        void onAlarm(String name);
    }
}
