package io.herald.extension.content;

import io.herald.extension.jso.Dom;
import io.herald.extension.jso.Runtime;
import io.herald.extension.jso.Timers;
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
 *
 * <p>While the page is visible it also keeps the extension's background running (a message at load, when the page
 * becomes visible again and every 20 s): the browser stops an idle background after 30 s, and starting it again,
 * with its stored state and the rule set parsed, takes longer than the first findings may (bench/extension). The
 * messages carry nothing of the page; they stop while the page is hidden, and when the background answers that
 * nobody is signed in or the site is switched off (until the page is shown again: the person may have signed in).
 */
public final class ContentScript {

    /** Browsers stop an idle background after 30 s; a message within that keeps it. */
    private static final int KEEPALIVE_MS = 20_000;

    private final SiteAdapter adapter;
    private final EventListener<Event> onFocus = this::focused;
    private boolean asking;
    /** Whether a keepalive is on its way. */
    private boolean keeping;
    private int keepaliveTimer = -1;

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
        HTMLDocument.current().addEventListener("visibilitychange", event -> keepAlive());
        keepAlive();
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

    /** Tells the background, while the page is visible, that it will be wanted; again in 20 s if it says to. */
    private void keepAlive() {
        if (keepaliveTimer >= 0) {
            Timers.cancel(keepaliveTimer);
            keepaliveTimer = -1;
        }
        if (keeping || !visible()) {
            return;
        }
        keeping = true;
        Runtime.send("{\"kind\":\"keepalive\",\"site\":\"" + adapter.site().id() + "\"}", (answer, error) -> {
            keeping = false;
            if (answer != null && flag(answer, "keep") && visible()) {
                keepaliveTimer = Timers.later(this::keepAlive, KEEPALIVE_MS);
            }
        });
    }

    @JSBody(script = "return document.visibilityState === 'visible';")
    private static native boolean visible();

    private static boolean injected(String answer) {
        return flag(answer, "inject");
    }

    @JSBody(params = {"answer", "name"}, script = "try { return JSON.parse(answer)[name] === true; } catch (e) { return false; }")
    private static native boolean flag(String answer, String name);
}
