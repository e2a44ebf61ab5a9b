package io.herald.extension.jso;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.xml.Node;

/**
 * The CSS Custom Highlight API: marks ranges of the composer's text without touching its DOM, styled by
 * {@code ::highlight(name)} rules in a constructed style sheet adopted by the composer's document or shadow root.
 */
public final class Highlights {

    private Highlights() {
    }

    /** Whether the browser has the API (Chromium 105, Firefox 140); without it findings are listed, not marked. */
    @JSBody(script = "return typeof CSS !== 'undefined' && !!CSS.highlights && typeof Highlight === 'function';")
    public static native boolean supported();

    @JSBody(script = "return [];")
    public static native JSObject newList();

    @JSBody(params = {"list", "range"}, script = "list.push(range);")
    public static native void add(JSObject list, JSObject range);

    /** Sets the highlight {@code name} to the ranges of {@code list} (none clears it). */
    @JSBody(params = {"name", "list"}, script = ""
            + "if (list.length === 0) { CSS.highlights['delete'](name); return; }"
            + "var highlight = new Highlight();"
            + "for (var i = 0; i < list.length; i++) { highlight.add(list[i]); }"
            + "CSS.highlights.set(name, highlight);")
    public static native void set(String name, JSObject list);

    /**
     * Adds the style sheet {@code css} to the document or shadow root that holds {@code node}, once per root (a
     * constructed sheet: not a {@code <style>} element in the page, and not subject to the page's style policy).
     */
    @JSBody(params = {"node", "css", "marker"}, script = ""
            + "var root = node.getRootNode();"
            + "if (!root || root[marker]) { return; }"
            + "var sheet = new CSSStyleSheet();"
            + "sheet.replaceSync(css);"
            + "root.adoptedStyleSheets = root.adoptedStyleSheets.concat([sheet]);"
            + "root[marker] = true;")
    public static native void adoptStyles(Node node, String css, String marker);
}
