package io.herald.extension.assistant;

import io.herald.extension.jso.Editing;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.xml.Element;
import org.teavm.jso.dom.xml.Node;

/**
 * A composer's text as the engine sees it, and the way back from the engine's offsets to the editor's DOM. The text
 * is the composer's blocks (lines) joined by {@code \n}; each block's text is its text nodes in order. Offsets are
 * UTF-16, as both the engine and the DOM count them.
 */
final class DraftText {

    private final String text;
    private final Node[] nodes;
    /** Where each text node's text starts and ends in {@link #text}. */
    private final int[] starts;
    private final int[] ends;
    private final Element lastBlock;

    private DraftText(String text, Node[] nodes, int[] starts, int[] ends, Element lastBlock) {
        this.text = text;
        this.nodes = nodes;
        this.starts = starts;
        this.ends = ends;
        this.lastBlock = lastBlock;
    }

    static DraftText read(Element composer, String blockSelector) {
        JSObject blocks = Editing.blocks(composer, blockSelector);
        int blockCount = Editing.length(blocks);
        StringBuilder text = new StringBuilder();
        Node[] nodes = new Node[16];
        int[] starts = new int[16];
        int[] ends = new int[16];
        int count = 0;
        Element lastBlock = null;
        for (int b = 0; b < blockCount; b++) {
            if (b > 0) {
                text.append('\n');
            }
            Node block = Editing.item(blocks, b);
            lastBlock = (Element) block;
            JSObject textNodes = Editing.textNodes(block);
            int nodeCount = Editing.length(textNodes);
            for (int n = 0; n < nodeCount; n++) {
                if (count == nodes.length) {
                    nodes = grow(nodes);
                    starts = grow(starts);
                    ends = grow(ends);
                }
                Node node = Editing.item(textNodes, n);
                nodes[count] = node;
                starts[count] = text.length();
                text.append(Editing.data(node));
                ends[count] = text.length();
                count++;
            }
        }
        return new DraftText(text.toString(), shrink(nodes, count), shrink(starts, count), shrink(ends, count),
                lastBlock);
    }

    String text() {
        return text;
    }

    boolean isEmpty() {
        return text.trim().isEmpty();
    }

    /**
     * The DOM range of [{@code start}, {@code end}), or null when the text has no node there (an empty draft) or the
     * offsets are out of range (the text changed since the offsets were computed).
     */
    JSObject range(int start, int end) {
        if (start < 0 || end < start || end > text.length()) {
            return null;
        }
        int first = nodeAt(start, false);
        int last = nodeAt(end, true);
        if (first < 0 || last < 0) {
            return null;
        }
        return Editing.range(nodes[first], Math.min(start - starts[first], ends[first] - starts[first]),
                nodes[last], Math.min(end - starts[last], ends[last] - starts[last]));
    }

    /** A collapsed range at the end of the text: where inserted content goes when there is no better place. */
    JSObject end() {
        if (nodes.length == 0) {
            return lastBlock == null ? null : Editing.range(lastBlock, 0, lastBlock, 0);
        }
        int last = nodes.length - 1;
        int length = ends[last] - starts[last];
        return Editing.range(nodes[last], length, nodes[last], length);
    }

    /**
     * The text node for {@code offset}: for a start, the node whose text holds the character at the offset; for an
     * end, the node holding the character before it, so that a range never begins or ends on the far side of a line
     * break. At a line break itself, the node that ends there.
     */
    private int nodeAt(int offset, boolean isEnd) {
        for (int i = 0; i < nodes.length; i++) {
            if (isEnd ? offset > starts[i] && offset <= ends[i] : offset >= starts[i] && offset < ends[i]) {
                return i;
            }
        }
        for (int i = nodes.length - 1; i >= 0; i--) {
            if (starts[i] <= offset) {
                return i;
            }
        }
        return nodes.length > 0 ? 0 : -1;
    }

    private static Node[] grow(Node[] array) {
        Node[] grown = new Node[array.length * 2];
        System.arraycopy(array, 0, grown, 0, array.length);
        return grown;
    }

    private static int[] grow(int[] array) {
        int[] grown = new int[array.length * 2];
        System.arraycopy(array, 0, grown, 0, array.length);
        return grown;
    }

    private static Node[] shrink(Node[] array, int length) {
        Node[] kept = new Node[length];
        System.arraycopy(array, 0, kept, 0, length);
        return kept;
    }

    private static int[] shrink(int[] array, int length) {
        int[] kept = new int[length];
        System.arraycopy(array, 0, kept, 0, length);
        return kept;
    }
}
