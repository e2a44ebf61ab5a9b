package io.herald.extension.jso;

import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.xml.Node;

/**
 * Building the extension's own markup. Text always goes in as text ({@code textContent}), never as HTML: library
 * captions and guideline messages are shown literally, whatever they contain.
 */
public final class Elements {

    private Elements() {
    }

    /** A new element with a class (or none when {@code className} is empty). */
    public static HTMLElement create(String tag, String className) {
        HTMLElement element = HTMLDocument.current().createElement(tag);
        if (!className.isEmpty()) {
            element.setClassName(className);
        }
        return element;
    }

    /** A new element holding {@code text} as text. */
    public static HTMLElement text(String tag, String className, String text) {
        HTMLElement element = create(tag, className);
        setText(element, text);
        return element;
    }

    /** A {@code <button type="button">} with a label and a {@code data-action}. */
    public static HTMLElement button(String label, String action) {
        HTMLElement button = text("button", "", label);
        button.setAttribute("type", "button");
        button.setAttribute("data-action", action);
        return button;
    }

    @JSBody(params = {"node", "text"}, script = "node.textContent = text;")
    public static native void setText(Node node, String text);

    @JSBody(params = "node", script = "while (node.firstChild) { node.removeChild(node.firstChild); }")
    public static native void clear(Node node);

    @JSBody(params = {"element", "name", "value"}, script = "element.style.setProperty(name, value);")
    public static native void style(HTMLElement element, String name, String value);

    /** The element with a {@code data-action} that an event happened in, inside {@code root}, or null. */
    @JSBody(params = {"event", "root"}, script = ""
            + "var path = event.composedPath ? event.composedPath() : [];"
            + "for (var i = 0; i < path.length && path[i] !== root; i++) {"
            + "  if (path[i].nodeType === 1 && path[i].hasAttribute('data-action')) { return path[i]; }"
            + "}"
            + "return null;")
    public static native HTMLElement actionOf(org.teavm.jso.dom.events.Event event, Node root);

    /** Adds {@code css} to a shadow root as a constructed style sheet (falls back to a style element). */
    @JSBody(params = {"shadowRoot", "css"}, script = ""
            + "try {"
            + "  var sheet = new CSSStyleSheet(); sheet.replaceSync(css);"
            + "  shadowRoot.adoptedStyleSheets = [sheet];"
            + "} catch (e) {"
            + "  var style = document.createElement('style'); style.textContent = css; shadowRoot.appendChild(style);"
            + "}")
    public static native void styleShadowRoot(Node shadowRoot, String css);

    /** Stops an event from reaching the page's own listeners (the site's focus trap, its shortcuts). */
    @JSBody(params = "event", script = "event.stopPropagation();")
    public static native void stopPropagation(org.teavm.jso.dom.events.Event event);

    @JSBody(params = "event", script = "event.preventDefault();")
    public static native void preventDefault(org.teavm.jso.dom.events.Event event);
}
