package io.herald.extension.jso;

import org.teavm.jso.JSBody;

/** Timers and the clock, the same in pages, content scripts and the service worker. */
public final class Timers {

    private Timers() {
    }

    /** Calls {@code task} after {@code delayMs}; returns the handle for {@link #cancel}. */
    @JSBody(params = {"task", "delayMs"}, script = "return setTimeout(function () { task(); }, delayMs);")
    public static native int later(Callbacks.Done task, int delayMs);

    /**
     * Calls {@code task} as soon as the script that is running returns (a microtask): before the browser renders or
     * runs any other task.
     */
    @JSBody(params = "task", script = "queueMicrotask(function () { task(); });")
    public static native void soon(Callbacks.Done task);

    @JSBody(params = "handle", script = "clearTimeout(handle);")
    public static native void cancel(int handle);

    /** Milliseconds since the epoch. */
    @JSBody(script = "return Date.now();")
    public static native double now();

    /** A random (version 4) UUID. */
    @JSBody(script = "return crypto.randomUUID();")
    public static native String randomUuid();

    /** The time {@code epochMs} as ISO-8601 in UTC, as the API reads instants. */
    @JSBody(params = "epochMs", script = "return new Date(epochMs).toISOString();")
    public static native String iso(double epochMs);
}
