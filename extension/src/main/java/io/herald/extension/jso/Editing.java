package io.herald.extension.jso;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.xml.Element;
import org.teavm.jso.dom.xml.Node;

/**
 * Reading a composer's text nodes and changing its text the way a person would: by putting the selection where the
 * change goes and letting the editor handle an {@code insertText} command or a paste, so that the site's own editor
 * (Draft.js on X, Quill on LinkedIn) updates its state and its Post button. The editor's DOM is never written here.
 */
public final class Editing {

    private Editing() {
    }

    /** The blocks (lines) of the composer matching {@code selector}, in document order. */
    @JSBody(params = {"composer", "selector"}, script = "return Array.prototype.slice.call(composer.querySelectorAll(selector));")
    public static native JSObject blocks(Element composer, String selector);

    @JSBody(params = "array", script = "return array.length;")
    public static native int length(JSObject array);

    @JSBody(params = {"array", "index"}, script = "return array[index];")
    public static native Node item(JSObject array, int index);

    /** The text nodes under {@code block}, in order. */
    @JSBody(params = "block", script = ""
            + "var walker = document.createTreeWalker(block, 4 /* NodeFilter.SHOW_TEXT */);"
            + "var nodes = [];"
            + "while (walker.nextNode()) { nodes.push(walker.currentNode); }"
            + "return nodes;")
    public static native JSObject textNodes(Node block);

    @JSBody(params = "node", script = "return node.data;")
    public static native String data(Node node);

    /** A range from ({@code startNode}, {@code startOffset}) to ({@code endNode}, {@code endOffset}). */
    @JSBody(params = {"startNode", "startOffset", "endNode", "endOffset"}, script = ""
            + "var range = document.createRange();"
            + "range.setStart(startNode, startOffset);"
            + "range.setEnd(endNode, endOffset);"
            + "return range;")
    public static native JSObject range(Node startNode, int startOffset, Node endNode, int endOffset);

    /** Makes {@code range} the selection, the way a person selecting text with the mouse would. */
    @JSBody(params = "range", script = ""
            + "var selection = window.getSelection();"
            + "selection.removeAllRanges();"
            + "selection.addRange(range);")
    public static native void select(JSObject range);

    /**
     * Types {@code text} over the selection through the browser's editing command, which fires the
     * {@code beforeinput} and {@code input} events the editor listens to. False when the browser refused.
     */
    @JSBody(params = "text", script = "return document.execCommand('insertText', false, text);")
    public static native boolean insertText(String text);

    /** Deletes the selection through the browser's editing command. */
    @JSBody(script = "return document.execCommand('delete', false, null);")
    public static native boolean deleteSelection();

    /**
     * Pastes {@code text} into {@code target} as a person pasting from the clipboard would: a {@code paste} event
     * carrying it as {@code text/plain}, which editors split into lines themselves. Returns whether the editor took
     * it (it cancels the event when it handles the paste).
     */
    @JSBody(params = {"target", "text"}, script = ""
            + "var data = new DataTransfer();"
            + "data.setData('text/plain', text);"
            + "var event = new ClipboardEvent('paste', {clipboardData: data, bubbles: true, cancelable: true,"
            + "                                          composed: true});"
            + "return !target.dispatchEvent(event);")
    public static native boolean paste(Element target, String text);
}
