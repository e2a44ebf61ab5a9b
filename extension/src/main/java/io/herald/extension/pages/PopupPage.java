package io.herald.extension.pages;

import io.herald.extension.i18n.I18n;
import io.herald.extension.jso.Ask;
import io.herald.extension.jso.Elements;
import io.herald.extension.jso.JsJson;
import io.herald.extension.jso.Runtime;
import io.herald.extension.jso.Timers;
import io.herald.extension.jso.Values;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * {@code popup.html}: who is signed in; the feed (featured first) with a search; copying an item's caption with the
 * person's tracked link for LinkedIn or X; their own figures this month (never anyone else's); and a one-time code to
 * sign in another browser.
 */
public final class PopupPage {

    /** Searching waits for typing to pause this long. */
    private static final int SEARCH_PAUSE_MS = 200;

    private int searchTimer = -1;

    private PopupPage() {
    }

    public static void main(String[] args) {
        new PopupPage().start();
    }

    private void start() {
        PageText.byId("open-options").addEventListener("click", event -> Runtime.openOptionsPage());
        PageText.byId("search").addEventListener("input", event -> searchSoon());
        PageText.byId("items").addEventListener("click", this::itemClicked);
        PageText.byId("challenge-items").addEventListener("click", this::itemClicked);
        PageText.byId("sign-in-code").addEventListener("click", event -> signInCode());
        Ask.background(JsJson.message("status"), status -> {
            PageText.fill(status);
            boolean signedIn = JsJson.flag(status, "signedIn");
            PageText.byId("signed-out").setHidden(signedIn);
            PageText.byId("content").setHidden(!signedIn);
            PageText.byId("impact").setHidden(!signedIn);
            PageText.byId("another").setHidden(!signedIn);
            if (signedIn) {
                JSObject user = JsJson.child(status, "user");
                Elements.setText(PageText.byId("who"), I18n.text("popupSignedInAs",
                        JsJson.string(user, "displayName", "")));
                search();
                impact();
            }
        });
    }

    private void searchSoon() {
        if (searchTimer >= 0) {
            Timers.cancel(searchTimer);
        }
        searchTimer = Timers.later(() -> {
            searchTimer = -1;
            search();
        }, SEARCH_PAUSE_MS);
    }

    private void search() {
        JSObject request = JsJson.message("feed");
        JsJson.put(request, "q", Values.get(PageText.byId("search")));
        Ask.background(request, answer -> {
            showItems(PageText.byId("items"), JsJson.list(answer, "items"));
            JSObject challenge = JsJson.child(answer, "challenge");
            PageText.byId("challenge").setHidden(challenge == null);
            if (challenge != null) {
                Elements.setText(PageText.byId("challenge-message"), JsJson.string(challenge, "message", ""));
                showItems(PageText.byId("challenge-items"), JsJson.list(challenge, "items"));
            }
        });
    }

    private void showItems(HTMLElement list, JSObject items) {
        Elements.clear(list);
        if (JsJson.size(items) == 0) {
            list.appendChild(Elements.text("li", "", I18n.text("noItems")));
        }
        for (int i = 0; i < JsJson.size(items); i++) {
            JSObject item = JsJson.at(items, i);
            HTMLElement row = Elements.create("li", "");
            row.setAttribute("data-content-id", JsJson.string(item, "id", ""));
            String title = JsJson.string(item, "title", "");
            row.appendChild(Elements.text("span", "title",
                    JsJson.flag(item, "featured") ? I18n.text("featuredItem", title) : title));
            String summary = JsJson.string(item, "summary", "");
            if (!summary.isEmpty()) {
                row.appendChild(Elements.text("span", "summary", summary));
            }
            HTMLElement buttons = Elements.create("div", "buttons");
            buttons.appendChild(copyButton(title, "linkedin", I18n.text("copyLinkedIn")));
            buttons.appendChild(copyButton(title, "x", I18n.text("copyX")));
            row.appendChild(buttons);
            list.appendChild(row);
        }
    }

    private static HTMLElement copyButton(String title, String platform, String label) {
        HTMLElement button = Elements.button(label, "copy");
        button.setAttribute("data-platform", platform);
        button.setAttribute("aria-label", label + ": " + title);
        return button;
    }

    /** Copies the item's post, with the person's tracked link for that platform (minted now if need be). */
    private void itemClicked(Event event) {
        HTMLElement button = Elements.actionOf(event, (HTMLElement) event.getCurrentTarget());
        if (button == null) {
            return;
        }
        HTMLElement row = (HTMLElement) button.getParentNode().getParentNode();
        JSObject request = JsJson.message("compose");
        JsJson.put(request, "contentId", row.getAttribute("data-content-id"));
        JsJson.put(request, "platform", button.getAttribute("data-platform"));
        Elements.setText(PageText.byId("popup-error"), "");
        Ask.background(request, answer -> {
            if (JsJson.has(answer, "error")) {
                Elements.setText(PageText.byId("popup-error"), JsJson.string(answer, "error", ""));
                return;
            }
            Values.copy(JsJson.string(answer, "text", ""), copied -> Elements.setText(PageText.byId("copy-status"),
                    I18n.text(copied ? "copied" : "copyFailed")));
        });
    }

    private void impact() {
        Ask.background(JsJson.message("my-stats"), stats -> {
            if (JsJson.has(stats, "error")) {
                return;
            }
            Elements.setText(PageText.byId("impact-shares"), count(JsJson.number(stats, "shares", 0)));
            Elements.setText(PageText.byId("impact-clicks"),
                    count(JsJson.number(JsJson.child(stats, "clicks"), "unique", 0)));
            Elements.setText(PageText.byId("impact-conversions"),
                    count(JsJson.number(JsJson.child(stats, "conversions"), "count", 0)));
        });
    }

    private static String count(double value) {
        return String.valueOf((long) value);
    }

    private void signInCode() {
        Ask.background(JsJson.message("sign-in-code"), answer -> {
            if (JsJson.has(answer, "error")) {
                Elements.setText(PageText.byId("code-output"), JsJson.string(answer, "error", ""));
                return;
            }
            Elements.setText(PageText.byId("code-output"), I18n.text("signInCodeShown",
                    JsJson.string(answer, "code", ""), time(JsJson.string(answer, "expiresAt", ""))));
        });
    }

    /** The local time of day of an ISO-8601 instant, as the browser writes it. */
    private static String time(String iso) {
        return iso.isEmpty() ? "" : localTime(iso);
    }

    @org.teavm.jso.JSBody(params = "iso", script = ""
            + "try { return new Date(iso).toLocaleTimeString([], {hour: '2-digit', minute: '2-digit'}); }"
            + "catch (e) { return iso; }")
    private static native String localTime(String iso);
}
