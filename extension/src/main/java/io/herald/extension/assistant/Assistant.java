package io.herald.extension.assistant;

import io.herald.extension.i18n.Catalog;
import io.herald.extension.i18n.I18n;
import io.herald.extension.jso.Ask;
import io.herald.extension.jso.Dom;
import io.herald.extension.jso.Elements;
import io.herald.extension.jso.JsJson;
import io.herald.extension.site.Adapters;
import io.herald.extension.site.SiteAdapter;
import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.xml.Element;

/**
 * The assistant's entry point, run once per page when content.js saw a composer get focus. It follows focus from
 * composer to composer with one capturing listener, keeps one panel that moves to the composer in use, and watches
 * the composers' Post buttons and Ctrl/Cmd+Enter to report shares.
 *
 * <p>Keyboard: Alt+Shift+H in a composer moves focus to the panel; Escape in the panel moves it back.
 */
public final class Assistant implements Panel.Actions {

    private final SiteAdapter adapter;
    private final List<Composer> composers = new ArrayList<>();
    private Panel panel;
    private Composer active;
    private boolean collapsed;

    private Assistant(SiteAdapter adapter) {
        this.adapter = adapter;
    }

    public static void main(String[] args) {
        SiteAdapter adapter = Adapters.forHost(Window.current().getLocation().getHostName());
        if (adapter == null || alreadyRunning()) {
            return;
        }
        new Assistant(adapter).start();
    }

    /** Whether an assistant already runs in this page (the script was loaded twice): one is enough. */
    @JSBody(script = "if (self.heraldAssistant) { return true; } self.heraldAssistant = true; return false;")
    private static native boolean alreadyRunning();

    private void start() {
        JSObject hello = JsJson.message("hello");
        JsJson.put(hello, "site", adapter.site().id());
        Ask.background(hello, answer -> {
            JSObject catalog = JsJson.child(answer, "catalog");
            if (catalog != null) {
                I18n.use(new Catalog(io.herald.common.json.Json.parse(JsJson.stringify(catalog)).asObject()));
            }
            collapsed = JsJson.flag(answer, "collapsed");
            panel = new Panel(this);
            panel.setCollapsed(collapsed);
            panel.signedOut(!JsJson.flag(answer, "signedIn"));
            if (JsJson.flag(answer, "leansToAsks")) {
                panel.showHint(I18n.text("giveToAskHint"));
            }
            panel.showChallenge(JsJson.string(JsJson.child(answer, "challenge"), "message", ""));
            panel.host().addEventListener("keydown", this::panelKey);
            HTMLDocument document = HTMLDocument.current();
            document.addEventListener("focusin", this::focusIn, true);
            document.addEventListener("click", this::clicked, true);
            document.addEventListener("keydown", this::keyDown, true);
            Element focused = Dom.deepActiveElement();
            if (focused != null && adapter.isComposer(focused)) {
                composer(focused).focused();
            }
        });
    }

    private void focusIn(Event event) {
        Element target = Dom.deepTarget(event);
        if (target != null && adapter.isComposer(target)) {
            Composer composer = composer(target);
            if (composer != active) {
                active = composer;
                composer.focused();
            }
        }
    }

    /** The composer object of {@code element}, made at its first focus; composers gone from the page are dropped. */
    private Composer composer(Element element) {
        composers.removeIf(known -> !known.connected());
        for (Composer known : composers) {
            if (known.element() == element) {
                active = known;
                return known;
            }
        }
        Composer created = new Composer(element, adapter, panel);
        composers.add(created);
        active = created;
        return created;
    }

    /** Post pressed with the mouse (or Enter/Space on the button, which the browser turns into a click). */
    private void clicked(Event event) {
        for (Composer composer : composers) {
            Element button = composer.connected() ? composer.postButton() : null;
            if (button != null && !Dom.disabled(button) && Dom.onPath(event, button)) {
                composer.posted();
                return;
            }
        }
    }

    private void keyDown(Event event) {
        Element target = Dom.deepTarget(event);
        if (active == null || target == null || !Dom.onPath(event, active.element())) {
            return;
        }
        String key = Dom.key(event);
        if (key.equals("Enter") && Dom.commandKey(event) && !Dom.composing(event)) {
            Element button = active.postButton();
            if (button == null || !Dom.disabled(button)) {
                active.posted();
            }
        } else if (Dom.code(event).equals("KeyH") && Dom.altKey(event) && Dom.shiftKey(event)) {
            Elements.preventDefault(event);
            if (collapsed) {
                panel.setCollapsed(false);
                toggled(false);
            }
            panel.focus();
        }
    }

    private void panelKey(Event event) {
        if (Dom.key(event).equals("Escape") && active != null && active.connected()) {
            ((HTMLElement) active.element()).focus();
        }
    }

    @Override
    public void toggled(boolean nowCollapsed) {
        collapsed = nowCollapsed;
        JSObject message = JsJson.message("set-collapsed");
        JsJson.put(message, "site", adapter.site().id());
        JsJson.put(message, "collapsed", nowCollapsed);
        Ask.tell(message);
    }

    @Override
    public void fix(int finding, int fix) {
        if (active != null && active.connected()) {
            active.fix(finding, fix);
        }
    }

    @Override
    public void insert(String contentId) {
        if (active != null && active.connected()) {
            active.insert(contentId);
        }
    }

    @Override
    public void swapLink(int offer) {
        if (active != null && active.connected()) {
            active.swapLink(offer);
        }
    }

    @Override
    public void openOptions() {
        Ask.tell(JsJson.message("open-options"));
    }
}
