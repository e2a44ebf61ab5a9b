package io.herald.extension.jso;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * The browser's own JSON, for the scripts that run on a page's main thread (the assistant, the options page, the
 * popup): parsing the engine's answer natively on every keystroke costs a fraction of parsing it in Java. Accessors
 * tolerate missing fields and wrong types, returning the given default.
 */
public final class JsJson {

    private JsJson() {
    }

    /** The parsed value, or null when {@code text} is not JSON. */
    @JSBody(params = "text", script = "try { return JSON.parse(text); } catch (e) { return null; }")
    public static native JSObject parse(String text);

    @JSBody(params = "value", script = "return JSON.stringify(value);")
    public static native String stringify(JSObject value);

    @JSBody(script = "return {};")
    public static native JSObject object();

    @JSBody(script = "return [];")
    public static native JSObject array();

    @JSBody(params = {"object", "name", "value"}, script = "object[name] = value; return object;")
    public static native JSObject put(JSObject object, String name, String value);

    @JSBody(params = {"object", "name", "value"}, script = "object[name] = value; return object;")
    public static native JSObject put(JSObject object, String name, double value);

    @JSBody(params = {"object", "name", "value"}, script = "object[name] = value; return object;")
    public static native JSObject put(JSObject object, String name, boolean value);

    @JSBody(params = {"object", "name", "value"}, script = "object[name] = value; return object;")
    public static native JSObject put(JSObject object, String name, JSObject value);

    @JSBody(params = {"array", "value"}, script = "array.push(value); return array;")
    public static native JSObject push(JSObject array, String value);

    /** A message of {@code kind} (see {@code io.herald.extension.message.Kind}). */
    public static JSObject message(String kind) {
        return put(object(), "kind", kind);
    }

    @JSBody(params = {"object", "name"}, script = "return !!object && object[name] !== undefined && object[name] !== null;")
    public static native boolean has(JSObject object, String name);

    @JSBody(params = {"object", "name", "absent"}, script = ""
            + "var value = object ? object[name] : undefined;"
            + "return typeof value === 'string' ? value : absent;")
    public static native String string(JSObject object, String name, String absent);

    @JSBody(params = {"object", "name", "absent"}, script = ""
            + "var value = object ? object[name] : undefined;"
            + "return typeof value === 'number' ? value : absent;")
    public static native double number(JSObject object, String name, double absent);

    @JSBody(params = {"object", "name"}, script = "return !!object && object[name] === true;")
    public static native boolean flag(JSObject object, String name);

    /** A field that is an object, or null. */
    @JSBody(params = {"object", "name"}, script = ""
            + "var value = object ? object[name] : undefined;"
            + "return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : null;")
    public static native JSObject child(JSObject object, String name);

    /** A field that is an array, or an empty array. */
    @JSBody(params = {"object", "name"}, script = ""
            + "var value = object ? object[name] : undefined;"
            + "return Array.isArray(value) ? value : [];")
    public static native JSObject list(JSObject object, String name);

    @JSBody(params = "array", script = "return array.length;")
    public static native int size(JSObject array);

    @JSBody(params = {"array", "index"}, script = "return array[index];")
    public static native JSObject at(JSObject array, int index);

    @JSBody(params = {"array", "index"}, script = "var value = array[index]; return typeof value === 'string' ? value : '';")
    public static native String stringAt(JSObject array, int index);
}
