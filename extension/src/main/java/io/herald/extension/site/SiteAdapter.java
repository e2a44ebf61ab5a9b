package io.herald.extension.site;

import org.teavm.jso.dom.xml.Element;

/** How Herald finds and works with one site's composer. */
public interface SiteAdapter {

    Site site();

    /** Whether {@code element} is the editable area of a post composer (not a search box, not a comment box). */
    boolean isComposer(Element element);

    /** The site's Post button for this composer, or null when it cannot be found. */
    Element postButton(Element composer);

    /** The element after which the assistant's panel goes: inside the composer's dialog, when it has one. */
    Element panelAnchor(Element composer);

    /**
     * The selector of the composer's text blocks (lines), relative to the composer, in document order. The draft's
     * text is their text joined by line breaks.
     */
    String blockSelector();
}
