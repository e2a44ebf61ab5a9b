package io.herald.extension.jso;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/**
 * {@code chrome.runtime}: messages between the extension's parts (always JSON text tagged by {@code kind}, see
 * {@code io.herald.extension.message}), the extension's own URLs, and its life-cycle events.
 */
public final class Runtime {

    private Runtime() {
    }

    /**
     * Sends a message to the background and gets its answer, or the browser's error: the worker could not start, or
     * this script belongs to a version of the extension that was updated or removed since the page loaded (then
     * {@code sendMessage} throws: "Extension context invalidated").
     */
    @JSBody(params = {"message", "callback"}, script = ""
            + "try {"
            + "  chrome.runtime.sendMessage(message, function (answer) {"
            + "    var error = chrome.runtime.lastError;"
            + "    callback(error ? null : (typeof answer === 'string' ? answer : null),"
            + "             error ? String(error.message) : (typeof answer === 'string' ? null : 'no answer'));"
            + "  });"
            + "} catch (e) {"
            + "  callback(null, String(e && e.message || e));"
            + "}")
    public static native void send(String message, Callbacks.TextOrError callback);

    /**
     * Listens to messages from the extension's own pages and content scripts. Only text messages are passed on; the
     * answer is sent asynchronously through {@link Reply}.
     */
    @JSBody(params = "listener", script = ""
            + "chrome.runtime.onMessage.addListener(function (message, sender, sendResponse) {"
            + "  if (typeof message !== 'string' || sender.id !== chrome.runtime.id) { return false; }"
            + "  var own = typeof sender.url === 'string' && sender.url.indexOf(chrome.runtime.getURL('')) === 0;"
            + "  listener(message, sender.tab ? sender.tab.id : -1,"
            + "           typeof sender.frameId === 'number' ? sender.frameId : -1, !own,"
            + "           function (answer) { try { sendResponse(answer); } catch (e) { } });"
            + "  return true;"
            + "});")
    public static native void onMessage(MessageListener listener);

    @JSFunctor
    public interface MessageListener extends JSObject {
        /**
         * @param tabId    the tab the sender is in, or -1 (the popup)
         * @param frameId  the sender's frame, or -1
         * @param fromWeb  whether a content script sent it, from a web page; false for the extension's own pages
         *                 (the options page in its tab, the popup)
         */
        void onMessage(String message, int tabId, int frameId, boolean fromWeb, Reply reply);
    }

    @JSFunctor
    public interface Reply extends JSObject {
        void send(String answer);
    }

    @JSBody(params = "path", script = "return chrome.runtime.getURL(path);")
    public static native String url(String path);

    @JSBody(script = "return chrome.runtime.id;")
    public static native String id();

    @JSBody(script = "return chrome.runtime.getManifest().version;")
    public static native String version();

    @JSBody(params = "listener", script = "chrome.runtime.onStartup.addListener(function () { listener(); });")
    public static native void onStartup(Callbacks.Done listener);

    @JSBody(params = "listener", script = "chrome.runtime.onInstalled.addListener(function () { listener(); });")
    public static native void onInstalled(Callbacks.Done listener);

    @JSBody(script = "chrome.runtime.openOptionsPage();")
    public static native void openOptionsPage();
}
