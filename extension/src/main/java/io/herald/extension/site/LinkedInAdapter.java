package io.herald.extension.site;

import io.herald.extension.jso.Dom;
import org.teavm.jso.dom.xml.Element;

/**
 * LinkedIn ({@code www.linkedin.com}): the share box ("Start a post") is a Quill editor in a modal dialog, which
 * LinkedIn renders inside the open shadow root hosted by {@code #interop-outlet}; focus events and selectors here
 * work from inside that shadow root. A composer is a Quill editor whose dialog holds the share box's Post button
 * ({@code button.share-actions__primary-action}), which leaves out comment boxes: Herald does not assist comments.
 * Fixtures: {@code src/test/fixtures/linkedin}.
 */
final class LinkedInAdapter implements SiteAdapter {

    static final String EDITOR = ".ql-editor[contenteditable=\"true\"][role=\"textbox\"]";
    static final String DIALOG = "[role=\"dialog\"]";
    static final String POST_BUTTON = "button.share-actions__primary-action";
    static final String EDITOR_CONTAINER = ".ql-container";
    static final String BLOCK = ":scope > p, :scope > ol > li, :scope > ul > li, :scope > h1, :scope > h2, "
                                + ":scope > h3, :scope > blockquote, :scope > pre";

    @Override
    public Site site() {
        return Site.LINKEDIN;
    }

    @Override
    public boolean isComposer(Element element) {
        if (!Dom.matches(element, EDITOR)) {
            return false;
        }
        Element dialog = Dom.closest(element, DIALOG);
        return dialog != null && dialog.querySelector(POST_BUTTON) != null;
    }

    @Override
    public Element postButton(Element composer) {
        Element dialog = Dom.closest(composer, DIALOG);
        return dialog == null ? null : dialog.querySelector(POST_BUTTON);
    }

    @Override
    public Element panelAnchor(Element composer) {
        Element container = Dom.closest(composer, EDITOR_CONTAINER);
        return container != null ? container : composer;
    }

    @Override
    public String blockSelector() {
        return BLOCK;
    }
}
