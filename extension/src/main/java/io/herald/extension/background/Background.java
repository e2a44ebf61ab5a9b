package io.herald.extension.background;

import io.herald.engine.BrowserEngine;
import io.herald.extension.jso.Alarms;
import io.herald.extension.jso.Runtime;
import io.herald.extension.jso.Timers;
import java.util.ArrayList;
import java.util.List;

/**
 * The background's entry point. The browser starts it for an event (a message, an alarm, the browser starting) and
 * may stop it when idle, so every listener is registered at once, as the script loads, and events wait until the
 * stored state is loaded.
 */
public final class Background {

    private static final String REFRESH_ALARM = "herald-refresh";
    /** The rule set and the feed are read again this often, and when the worker starts after a longer pause. */
    private static final double REFRESH_MINUTES = 30;

    private final Session session = new Session();
    private final Api api = new Api(session);
    private final Settings settings = new Settings();
    private final Guidelines guidelines = new Guidelines(api);
    private final Library library = new Library(api, session);
    private final GiveToAsk giveToAsk = new GiveToAsk(api);
    private final Challenges challenges = new Challenges(api);
    private final ShareQueue shares = new ShareQueue(api, () -> session.signedIn()
            ? session.user().getString("id", "") : "");
    private final Policy policy = new Policy();
    private final Composing composing;
    private final Router router;
    private final List<Runnable> waiting = new ArrayList<>();
    private boolean loaded;

    private Background() {
        Catalogs catalogs = new Catalogs();
        composing = new Composing(session, settings, guidelines, library, challenges, giveToAsk, shares,
                catalogs);
        Account account = new Account(session, settings, api, library, challenges, shares, policy, catalogs,
                this::refresh, this::forgetContent);
        router = new Router(composing, account);
    }

    public static void main(String[] args) {
        BrowserEngine.setUp();
        Background background = new Background();
        Runtime.onMessage((message, tabId, frameId, fromWeb, reply) ->
                background.whenLoaded(() -> background.router.receive(message, tabId, frameId, fromWeb, reply)));
        Alarms.onAlarm(name -> background.whenLoaded(() -> background.alarm(name)));
        Runtime.onStartup(() -> background.whenLoaded(background.shares::flushNow));
        Runtime.onInstalled(() -> Alarms.every(REFRESH_ALARM, REFRESH_MINUTES));
        background.load();
    }

    private void load() {
        policy.load();
        Store.preload(() -> session.load(() -> settings.load(() -> guidelines.load(() -> library.load(
                () -> challenges.load(() -> giveToAsk.load(() -> shares.load(this::loaded))))))));
    }

    private void loaded() {
        Store.preloaded();
        loaded = true;
        List<Runnable> ready = new ArrayList<>(waiting);
        waiting.clear();
        ready.forEach(Runnable::run);
        shares.flush();
        // Ahead of any lint, after the waiting events: the rule set parsed and the engine's code compiled. Not the
        // ranking index: the worker mostly starts for a page of a site, whose first focus would wait for it (about
        // half a second for 2,000 items, bench/extension). Suggestions build it when they are first asked for,
        // which waits for a pause in typing; a new feed is indexed when it arrives (refresh).
        Timers.later(composing::ready, 0);
    }

    private void whenLoaded(Runnable task) {
        if (loaded) {
            task.run();
        } else {
            waiting.add(task);
        }
    }

    private void alarm(String name) {
        if (name.equals(ShareQueue.ALARM)) {
            shares.flush();
        } else if (name.equals(REFRESH_ALARM)) {
            refresh();
        }
    }

    /**
     * Reads the rule set, the feed, this week's challenges and the person's give-to-ask balance again (signed in only),
     * then retries reports the API may take now.
     */
    private void refresh() {
        if (!session.signedIn()) {
            return;
        }
        Alarms.every(REFRESH_ALARM, REFRESH_MINUTES);
        guidelines.refresh(() -> library.refresh(() -> challenges.refresh(() -> giveToAsk.refresh(() -> {
            library.index();
            shares.flush();
        }))));
    }

    /** Another person signed in, or this one signed out: their content must not stay. */
    private void forgetContent() {
        guidelines.clear(() -> { });
        library.clear(() -> { });
        giveToAsk.clear(() -> { });
        challenges.clear(() -> { });
    }
}
