package io.herald.extension.pages;

import io.herald.extension.i18n.I18n;
import io.herald.extension.jso.Ask;
import io.herald.extension.jso.Elements;
import io.herald.extension.jso.JsJson;
import io.herald.extension.jso.Values;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * {@code options.html}: sign in with the server's address, an invite or sign-in code and the name people will see;
 * see who is signed in and sign out; choose the language, the sites Herald helps on and the leaderboard.
 *
 * <p>Test hooks (extension/README.md): the sign-in form has {@code input[name=server]}, {@code input[name=code]},
 * {@code input[name=displayName]} and a submit button. Errors follow the GOV.UK pattern: a summary at the top linking
 * to each field, and the same message beside the field; what was typed stays.
 */
public final class OptionsPage {

    private static final String[] FIELDS = {"server", "code", "displayName"};

    private boolean signedIn;
    private boolean leaderboard;

    private OptionsPage() {
    }

    public static void main(String[] args) {
        new OptionsPage().start();
    }

    private void start() {
        PageText.byId("sign-in").addEventListener("submit", this::signIn);
        PageText.byId("sign-out").addEventListener("click", event -> signOut());
        PageText.byId("settings").addEventListener("submit", this::saveSettings);
        Ask.background(JsJson.message("status"), status -> {
            PageText.fill(status);
            show(status);
            String server = JsJson.string(status, "server", "");
            String managed = JsJson.string(status, "managedServer", "");
            // What the person typed while the page was loading stays; a preset server wins.
            fillIfEmpty("server", server);
            if (!managed.isEmpty()) {
                Values.set(PageText.byId("server"), managed);
                PageText.byId("server").setAttribute("readonly", "");
                Elements.setText(PageText.byId("server-hint"), I18n.text("serverManaged"));
            }
            fillIfEmpty("displayName", JsJson.string(JsJson.child(status, "user"), "displayName", ""));
        });
    }

    private static void fillIfEmpty(String field, String value) {
        if (Values.get(PageText.byId(field)).isEmpty()) {
            Values.set(PageText.byId(field), value);
        }
    }

    /** Shows who is signed in (or the form to sign in) and the settings. */
    private void show(JSObject status) {
        signedIn = JsJson.flag(status, "signedIn");
        JSObject user = JsJson.child(status, "user");
        PageText.byId("account").setHidden(!signedIn);
        PageText.byId("leaderboard-field").setHidden(!signedIn);
        Elements.setText(PageText.byId("who"), I18n.text("signedInAs", JsJson.string(user, "displayName", ""),
                JsJson.string(user, "email", "")));
        Elements.setText(PageText.byId("server-shown"), JsJson.string(status, "server", ""));
        Elements.setText(PageText.byId("sign-in").querySelector("h2"),
                I18n.text(signedIn ? "signInAgainTitle" : "signInTitle"));
        JSObject settings = JsJson.child(status, "settings");
        Values.set(PageText.byId("language"), JsJson.string(settings, "language", ""));
        JSObject sites = JsJson.child(settings, "sites");
        Values.setChecked(PageText.byId("site-linkedin"), !JsJson.has(sites, "linkedin") || JsJson.flag(sites, "linkedin"));
        Values.setChecked(PageText.byId("site-x"), !JsJson.has(sites, "x") || JsJson.flag(sites, "x"));
        if (signedIn) {
            JSObject ask = JsJson.message("set-leaderboard");
            Ask.background(ask, answer -> {
                leaderboard = JsJson.flag(answer, "leaderboard");
                Values.setChecked(PageText.byId("leaderboard"), leaderboard);
            });
        }
    }

    private void signIn(Event event) {
        Elements.preventDefault(event);
        clearErrors();
        JSObject request = JsJson.message("sign-in");
        boolean missing = false;
        for (String field : FIELDS) {
            String value = Values.get(PageText.byId(field)).trim();
            JsJson.put(request, field, value);
            if (value.isEmpty()) {
                fieldError(field, I18n.text(field + "Missing"));
                missing = true;
            }
        }
        if (missing) {
            showSummary();
            return;
        }
        HTMLElement button = PageText.byId("sign-in-button");
        button.setAttribute("disabled", "");
        Elements.setText(PageText.byId("sign-in-status"), I18n.text("signingIn"));
        Ask.background(request, answer -> {
            button.removeAttribute("disabled");
            Elements.setText(PageText.byId("sign-in-status"), "");
            if (JsJson.has(answer, "error")) {
                String field = JsJson.string(answer, "field", "code");
                fieldError(field, JsJson.string(answer, "error", ""));
                showSummary();
                return;
            }
            Values.set(PageText.byId("code"), "");
            show(answer);
            Elements.setText(PageText.byId("sign-in-status"), I18n.text("signedInNow"));
            PageText.byId("account").focus();
        });
    }

    private void signOut() {
        Ask.background(JsJson.message("sign-out"), status -> {
            show(status);
            Elements.setText(PageText.byId("sign-in-status"), I18n.text("signedOutNow"));
        });
    }

    private void saveSettings(Event event) {
        Elements.preventDefault(event);
        JSObject request = JsJson.message("save-settings");
        JsJson.put(request, "language", Values.get(PageText.byId("language")));
        JSObject sites = JsJson.object();
        JsJson.put(sites, "linkedin", Values.checked(PageText.byId("site-linkedin")));
        JsJson.put(sites, "x", Values.checked(PageText.byId("site-x")));
        JsJson.put(request, "sites", sites);
        Ask.background(request, status -> {
            boolean wanted = Values.checked(PageText.byId("leaderboard"));
            if (signedIn && wanted != leaderboard) {
                JSObject change = JsJson.message("set-leaderboard");
                JsJson.put(change, "leaderboard", wanted);
                Ask.background(change, answer -> saved(answer));
            } else {
                saved(status);
            }
        });
    }

    private void saved(JSObject answer) {
        if (JsJson.has(answer, "error")) {
            Elements.setText(PageText.byId("settings-status"), "");
            clearErrors();
            summaryItem("leaderboard", JsJson.string(answer, "error", ""));
            showSummary();
            return;
        }
        if (JsJson.has(answer, "leaderboard")) {
            leaderboard = JsJson.flag(answer, "leaderboard");
        }
        // The language may have changed: show the page in it.
        Ask.background(JsJson.message("status"), status -> {
            PageText.fill(status);
            show(status);
            Elements.setText(PageText.byId("settings-status"), I18n.text("settingsSaved"));
        });
    }

    private void fieldError(String field, String message) {
        HTMLElement error = PageText.byId(field + "-error");
        if (error == null) {
            summaryItem("code", message);
            return;
        }
        Elements.setText(error, message);
        error.setHidden(false);
        HTMLElement input = PageText.byId(field);
        input.setAttribute("aria-invalid", "true");
        input.setAttribute("aria-describedby", field + "-hint " + field + "-error");
        summaryItem(field, message);
    }

    private void summaryItem(String field, String message) {
        HTMLElement item = Elements.create("li", "");
        HTMLElement link = Elements.text("a", "", message);
        link.setAttribute("href", "#" + field);
        link.addEventListener("click", event -> {
            Elements.preventDefault(event);
            PageText.byId(field).focus();
        });
        item.appendChild(link);
        PageText.byId("error-list").appendChild(item);
    }

    private void showSummary() {
        HTMLElement summary = PageText.byId("error-summary");
        summary.setHidden(false);
        summary.focus();
    }

    private void clearErrors() {
        PageText.byId("error-summary").setHidden(true);
        Elements.clear(PageText.byId("error-list"));
        for (String field : FIELDS) {
            HTMLElement error = PageText.byId(field + "-error");
            error.setHidden(true);
            Elements.setText(error, "");
            HTMLElement input = PageText.byId(field);
            input.removeAttribute("aria-invalid");
            input.setAttribute("aria-describedby", field + "-hint");
        }
    }
}
