package io.herald.extension.jso;

import org.teavm.jso.JSBody;

/** {@code chrome.scripting}: loads the assistant into the frame where a composer got focus. */
public final class Scripting {

    private Scripting() {
    }

    /** Runs the extension's {@code file} as a content script in one frame; calls back with null or the error. */
    @JSBody(params = {"tabId", "frameId", "file", "callback"}, script = ""
            + "chrome.scripting.executeScript({target: {tabId: tabId, frameIds: [frameId]}, files: [file]},"
            + "  function () {"
            + "    var error = chrome.runtime.lastError;"
            + "    callback(error ? String(error.message) : null);"
            + "  });")
    public static native void inject(int tabId, int frameId, String file, Callbacks.Text callback);
}
