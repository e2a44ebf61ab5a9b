package io.herald.extension.content;

import io.herald.extension.jso.Dom;
import io.herald.extension.jso.Runtime;
import io.herald.extension.site.Adapters;
import io.herald.extension.site.SiteAdapter;
import org.teavm.jso.JSBody;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.EventListener;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.xml.Element;

/**
 * Waits for a composer to get focus, then has the assistant loaded. One capturing {@code focusin} listener on the
 * document sees focus everywhere, inside open shadow roots too (LinkedIn's share box), and costs nothing while the
 * page changes: no polling, no observer of the timeline.
 */
public final class ContentScript {

    private final SiteAdapter adapter;
    private final EventListener<Event> onFocus = this::focused;
    private boolean asking;

    private ContentScript(SiteAdapter adapter) {
        this.adapter = adapter;
    }

    public static void main(String[] args) {
        SiteAdapter adapter = Adapters.forHost(Window.current().getLocation().getHostName());
        if (adapter != null) {
            new ContentScript(adapter).listen();
        }
    }

    private void listen() {
        HTMLDocument.current().addEventListener("focusin", onFocus, true);
        // A composer that had focus before this script ran (a dialog opened by the page's own script, autofocus).
        Element active = Dom.deepActiveElement();
        if (active != null && adapter.isComposer(active)) {
            ask();
        }
    }

    private void focused(Event event) {
        if (!asking && adapter.isComposer(Dom.deepTarget(event))) {
            ask();
        }
    }

    /**
     * Asks the background to load the assistant here. Once loaded, the assistant follows focus itself; when the site
     * is switched off in the settings, this script keeps listening and asks again at the next focus.
     */
    private void ask() {
        asking = true;
        Runtime.send("{\"kind\":\"composer-focused\",\"site\":\"" + adapter.site().id() + "\"}", (answer, error) -> {
            if (answer != null && injected(answer)) {
                HTMLDocument.current().removeEventListener("focusin", onFocus, true);
            } else {
                asking = false;
            }
        });
    }

    @JSBody(params = "answer", script = "try { return JSON.parse(answer).inject === true; } catch (e) { return false; }")
    private static native boolean injected(String answer);
}
