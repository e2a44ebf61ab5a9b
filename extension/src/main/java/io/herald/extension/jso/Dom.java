package io.herald.extension.jso;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.xml.Element;
import org.teavm.jso.dom.xml.Node;

/** DOM calls that TeaVM's JSO types do not have: shadow roots, composed event paths, matching and geometry. */
public final class Dom {

    private Dom() {
    }

    /** The element an event really happened on, inside open shadow roots too (the first of its composed path). */
    @JSBody(params = "event", script = ""
            + "var path = event.composedPath ? event.composedPath() : [];"
            + "var first = path.length ? path[0] : event.target;"
            + "return first && first.nodeType === 1 ? first : null;")
    public static native Element deepTarget(Event event);

    /** Whether {@code element} is on the event's composed path (so inside open shadow roots too). */
    @JSBody(params = {"event", "element"}, script = ""
            + "var path = event.composedPath ? event.composedPath() : [];"
            + "for (var i = 0; i < path.length; i++) { if (path[i] === element) { return true; } }"
            + "return false;")
    public static native boolean onPath(Event event, Node element);

    /** The focused element, looking into open shadow roots. */
    @JSBody(script = ""
            + "var active = document.activeElement;"
            + "while (active && active.shadowRoot && active.shadowRoot.activeElement) {"
            + "  active = active.shadowRoot.activeElement;"
            + "}"
            + "return active || null;")
    public static native Element deepActiveElement();

    @JSBody(params = {"element", "selector"}, script = "return !!element && element.nodeType === 1 && element.matches(selector);")
    public static native boolean matches(Node element, String selector);

    /** The closest ancestor (or the element) matching {@code selector} within its own tree, or null. */
    @JSBody(params = {"element", "selector"}, script = "return element.closest(selector);")
    public static native Element closest(Element element, String selector);

    /** The parent element, crossing out of a shadow root to its host; null at the top. */
    @JSBody(params = "node", script = ""
            + "if (node.parentElement) { return node.parentElement; }"
            + "var root = node.getRootNode ? node.getRootNode() : null;"
            + "return root && root.host ? root.host : null;")
    public static native Element parentAcrossShadow(Node node);

    @JSBody(params = "node", script = "return node.isConnected;")
    public static native boolean connected(Node node);

    /** Attaches an open shadow root to {@code host} (or returns the one it has). */
    @JSBody(params = "host", script = "return host.shadowRoot || host.attachShadow({mode: 'open'});")
    public static native HTMLElement openShadowRoot(HTMLElement host);

    /** Inserts {@code node} right after {@code reference}, in the same parent. */
    @JSBody(params = {"reference", "node"}, script = "reference.parentNode.insertBefore(node, reference.nextSibling);")
    public static native void insertAfter(Node reference, Node node);

    /** Whether a button (or a role=button element) is disabled the ways sites disable them. */
    @JSBody(params = "element", script = ""
            + "return !!element && (element.disabled === true || element.getAttribute('aria-disabled') === 'true');")
    public static native boolean disabled(Element element);

    @JSBody(params = "event", script = "return !!(event.ctrlKey || event.metaKey);")
    public static native boolean commandKey(Event event);

    @JSBody(params = "event", script = "return event.key || '';")
    public static native String key(Event event);

    @JSBody(params = "event", script = "return !!event.isComposing;")
    public static native boolean composing(Event event);

    /** The physical key ({@code KeyH}), the same whatever the layout and modifiers make of it. */
    @JSBody(params = "event", script = "return event.code || '';")
    public static native String code(Event event);

    @JSBody(params = "event", script = "return !!event.altKey;")
    public static native boolean altKey(Event event);

    @JSBody(params = "event", script = "return !!event.shiftKey;")
    public static native boolean shiftKey(Event event);

    /**
     * Watches {@code target}'s text and structure (not attributes) and calls {@code changed} once per batch of
     * mutations; returns the observer, for {@link #stopWatching}.
     */
    @JSBody(params = {"target", "changed"}, script = ""
            + "var observer = new MutationObserver(function () { changed(); });"
            + "observer.observe(target, {childList: true, characterData: true, subtree: true});"
            + "return observer;")
    public static native JSObject watch(Node target, Callbacks.Done changed);

    @JSBody(params = "observer", script = "observer.disconnect();")
    public static native void stopWatching(JSObject observer);
}
