package io.herald.extension.pages;

import io.herald.extension.i18n.Catalog;
import io.herald.extension.i18n.I18n;
import io.herald.extension.jso.Elements;
import io.herald.extension.jso.JsJson;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.xml.NodeList;

/** The words of a page: every element with {@code data-i18n} gets that message, in the person's language. */
final class PageText {

    private PageText() {
    }

    /** Speaks the language of the background's status answer ({@code language}, {@code catalog}), then fills in. */
    static void fill(JSObject status) {
        JSObject catalog = JsJson.child(status, "catalog");
        if (catalog != null) {
            I18n.use(new Catalog(io.herald.common.json.Json.parse(JsJson.stringify(catalog)).asObject()));
        }
        HTMLDocument document = HTMLDocument.current();
        String language = JsJson.string(status, "language", "");
        if (!language.isEmpty()) {
            document.getDocumentElement().setAttribute("lang", language);
        }
        NodeList<? extends HTMLElement> elements = document.querySelectorAll("[data-i18n]");
        for (int i = 0; i < elements.getLength(); i++) {
            HTMLElement element = elements.get(i);
            String text = I18n.text(element.getAttribute("data-i18n"));
            if (!text.equals(element.getAttribute("data-i18n"))) {
                Elements.setText(element, text);
            }
        }
    }

    static HTMLElement byId(String id) {
        return HTMLDocument.current().getElementById(id);
    }
}
