package io.herald.extension.jso;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * {@code chrome.storage}: the extension's own storage, which survives browser restarts. Every value is JSON text
 * under one key. {@code local} is the extension's; {@code managed} is what a company's policy presets (read-only).
 */
public final class ExtensionStorage {

    private ExtensionStorage() {
    }

    /** Everything stored, in one call: an object of keys and their texts (empty when storage cannot be read). */
    @JSBody(params = "callback", script = ""
            + "chrome.storage.local.get(null, function (items) {"
            + "  callback(chrome.runtime.lastError || !items ? {} : items);"
            + "});")
    public static native void getAll(Callbacks.Items callback);

    /** The text under {@code key} in {@code items} (from {@link #getAll}), or null. */
    @JSBody(params = {"items", "key"}, script = ""
            + "var value = Object.prototype.hasOwnProperty.call(items, key) ? items[key] : null;"
            + "return typeof value === 'string' ? value : null;")
    public static native String textIn(JSObject items, String key);

    /** Sets (or, for null, removes) the text under {@code key} in {@code items}. */
    @JSBody(params = {"items", "key", "value"}, script = ""
            + "if (value === null) { delete items[key]; } else { items[key] = value; }")
    public static native void putIn(JSObject items, String key, String value);

    /** The text stored under {@code key}, or null. */
    @JSBody(params = {"key", "callback"}, script = ""
            + "chrome.storage.local.get(key, function (items) {"
            + "  var value = chrome.runtime.lastError ? null : items && items[key];"
            + "  callback(typeof value === 'string' ? value : null);"
            + "});")
    public static native void get(String key, Callbacks.Text callback);

    @JSBody(params = {"key", "value", "done"}, script = ""
            + "var items = {}; items[key] = value;"
            + "chrome.storage.local.set(items, function () { done(); });")
    public static native void set(String key, String value, Callbacks.Done done);

    @JSBody(params = {"key", "done"}, script = "chrome.storage.local.remove(key, function () { done(); });")
    public static native void remove(String key, Callbacks.Done done);

    /**
     * A string preset by policy ({@code managed_schema.json}), or null when there is no policy, the browser offers no
     * managed storage, or the value is not a string.
     */
    @JSBody(params = {"key", "callback"}, script = ""
            + "try {"
            + "  chrome.storage.managed.get(key, function (items) {"
            + "    var value = chrome.runtime.lastError ? null : items && items[key];"
            + "    callback(typeof value === 'string' ? value : null);"
            + "  });"
            + "} catch (e) { callback(null); }")
    public static native void managed(String key, Callbacks.Text callback);
}
