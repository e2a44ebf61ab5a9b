package io.herald.extension.site;

import io.herald.extension.jso.Dom;
import org.teavm.jso.dom.xml.Element;

/**
 * X ({@code x.com}, {@code twitter.com}): the home timeline's inline composer, the compose dialog and the reply
 * dialog are the same Draft.js editor. Its contenteditable carries the test id {@code tweetTextarea_0} (a thread's
 * later posts count up), inside a {@code tweetTextarea_0RichTextInputContainer}; Draft renders each line as a
 * {@code div[data-block=true]}. The Post button is {@code tweetButtonInline} on the timeline and {@code tweetButton}
 * in the dialogs. Fixtures: {@code src/test/fixtures/x}.
 */
final class XAdapter implements SiteAdapter {

    static final String EDITOR = "div.public-DraftEditor-content[contenteditable=\"true\"][role=\"textbox\"]"
                                 + "[data-testid^=\"tweetTextarea_\"]";
    static final String INPUT_CONTAINER = "[data-testid^=\"tweetTextarea_\"][data-testid$=\"RichTextInputContainer\"]";
    static final String POST_BUTTON = "[data-testid=\"tweetButtonInline\"], [data-testid=\"tweetButton\"]";
    static final String BLOCK = "div[data-block=\"true\"]";

    @Override
    public Site site() {
        return Site.X;
    }

    @Override
    public boolean isComposer(Element element) {
        return Dom.matches(element, EDITOR) && Dom.closest(element, INPUT_CONTAINER) != null;
    }

    @Override
    public Element postButton(Element composer) {
        return Adapters.nearest(composer, POST_BUTTON);
    }

    @Override
    public Element panelAnchor(Element composer) {
        return Dom.closest(composer, INPUT_CONTAINER);
    }

    @Override
    public String blockSelector() {
        return BLOCK;
    }
}
