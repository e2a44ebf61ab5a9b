package io.herald.extension.assistant;

import io.herald.extension.i18n.I18n;
import io.herald.extension.jso.Dom;
import io.herald.extension.jso.Elements;
import io.herald.extension.jso.JsJson;
import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.xml.Element;

/**
 * The assistant's panel: the extension's own element {@code <herald-assistant>} with an open shadow root, placed
 * after the composer (inside its dialog, so the dialog's focus trap keeps it reachable). It shows the length and
 * own-words meters, a nudge, the findings with their fixes, offers to swap a pasted address for the tracked link, and
 * suggested content. Keys pressed inside it stay inside it: the site's shortcuts and focus trap never see them.
 *
 * <p>Test hooks (extension/README.md): each finding is an element with {@code data-rule-id}; each fix a
 * {@code button[data-action=fix]}; each suggested item an element with {@code data-content-id} holding a
 * {@code button[data-action=insert]}.
 */
final class Panel {

    /** What the person does in the panel. */
    interface Actions {
        void toggled(boolean collapsed);

        void fix(int finding, int fix);

        void insert(String contentId);

        void swapLink(int offer);

        void openOptions();
    }

    /** Findings listed before "Show all": the most serious first. */
    private static final int SHORT_LIST = 5;

    private final Actions actions;
    private final HTMLElement host;
    private final HTMLElement root;
    private final HTMLElement toggle;
    private final HTMLElement badge;
    private final HTMLElement body;
    private final HTMLElement signIn;
    private final HTMLElement length;
    private final HTMLElement lengthText;
    private final HTMLElement lengthFill;
    private final HTMLElement ownWords;
    private final HTMLElement nudge;
    private final HTMLElement findings;
    private final HTMLElement more;
    private final HTMLElement offers;
    private final HTMLElement challenge;
    private final HTMLElement suggestionsTitle;
    private final HTMLElement suggestions;
    private final HTMLElement hint;
    private final HTMLElement error;
    private boolean collapsed;
    private boolean showAll;
    private List<LintResult.Finding> shown = new ArrayList<>();

    Panel(Actions actions) {
        this.actions = actions;
        host = HTMLDocument.current().createElement("herald-assistant");
        root = Dom.openShadowRoot(host);
        Elements.styleShadowRoot(root, PanelStyles.PANEL);

        HTMLElement panel = Elements.create("section", "panel");
        panel.setAttribute("aria-label", I18n.text("panelLabel"));
        toggle = Elements.create("button", "toggle");
        toggle.setAttribute("type", "button");
        toggle.setAttribute("data-action", "toggle");
        toggle.setAttribute("aria-expanded", "true");
        toggle.setAttribute("aria-controls", "herald-body");
        toggle.appendChild(Elements.text("span", "logo", "H"));
        toggle.appendChild(Elements.text("span", "", I18n.text("panelTitle")));
        badge = Elements.create("span", "badge");
        toggle.appendChild(badge);
        panel.appendChild(toggle);

        body = Elements.create("div", "body");
        body.setId("herald-body");
        signIn = Elements.create("p", "signin");
        signIn.appendChild(Elements.text("span", "", I18n.text("signedOut") + " "));
        signIn.appendChild(Elements.button(I18n.text("openSettings"), "open-options"));
        signIn.setHidden(true);
        body.appendChild(signIn);

        HTMLElement meters = Elements.create("div", "meters");
        length = Elements.create("span", "length");
        lengthText = Elements.create("span", "");
        HTMLElement bar = Elements.create("span", "bar");
        lengthFill = Elements.create("span", "fill");
        bar.appendChild(lengthFill);
        length.appendChild(lengthText);
        length.appendChild(bar);
        ownWords = Elements.create("span", "own-words");
        meters.appendChild(length);
        meters.appendChild(ownWords);
        body.appendChild(meters);

        nudge = Elements.create("p", "nudge");
        nudge.setAttribute("aria-live", "polite");
        body.appendChild(nudge);
        offers = Elements.create("div", "offers");
        body.appendChild(offers);
        findings = Elements.create("ul", "findings");
        findings.setAttribute("aria-label", I18n.text("findingsLabel"));
        body.appendChild(findings);
        more = Elements.button("", "more");
        more.setClassName("more");
        more.setHidden(true);
        body.appendChild(more);
        challenge = Elements.create("p", "challenge");
        body.appendChild(challenge);
        suggestionsTitle = Elements.text("h3", "", I18n.text("suggestedTitle"));
        suggestionsTitle.setHidden(true);
        body.appendChild(suggestionsTitle);
        suggestions = Elements.create("ul", "suggestions");
        suggestions.setAttribute("aria-labelledby", "herald-suggestions-title");
        suggestionsTitle.setId("herald-suggestions-title");
        body.appendChild(suggestions);
        hint = Elements.create("p", "hint");
        body.appendChild(hint);
        error = Elements.create("p", "error");
        error.setAttribute("role", "alert");
        body.appendChild(error);
        panel.appendChild(body);
        root.appendChild(panel);

        root.addEventListener("click", this::clicked);
        // Keys pressed in the panel are the panel's: the site's shortcuts and focus trap must not act on them.
        host.addEventListener("keydown", Elements::stopPropagation);
        host.addEventListener("keyup", Elements::stopPropagation);
        host.addEventListener("keypress", Elements::stopPropagation);
    }

    HTMLElement host() {
        return host;
    }

    /** Puts the panel right after {@code anchor}, unless it is there already. */
    void place(Element anchor) {
        if (anchor == null) {
            return;
        }
        if (anchor.getNextSibling() != host) {
            Dom.insertAfter(anchor, host);
        }
    }

    void setCollapsed(boolean collapsed) {
        this.collapsed = collapsed;
        body.setHidden(collapsed);
        toggle.setAttribute("aria-expanded", collapsed ? "false" : "true");
    }

    /** Moves keyboard focus into the panel (the composer's keyboard shortcut). */
    void focus() {
        toggle.focus();
    }

    void signedOut(boolean signedOut) {
        signIn.setHidden(!signedOut);
    }

    void showError(String message) {
        Elements.setText(error, message == null ? "" : message);
    }

    /** The engine's findings and meters for the draft now in the composer. */
    void showLint(LintResult result, String platform) {
        showError(result.error());
        Elements.setText(badge, result.findings().isEmpty() ? "" : String.valueOf(result.findings().size()));
        badge.setAttribute("aria-label", I18n.text("findingCount", String.valueOf(result.findings().size())));
        showLength(result, platform);
        showOwnWords(result.ownWords());
        shown = ordered(result.findings());
        renderFindings();
    }

    private void showLength(LintResult result, String platform) {
        int max = result.max() > 0 ? result.max() : platform.equals("x") ? 280 : 3000;
        boolean over = result.weighted() > max;
        length.setClassName(over ? "length over" : "length");
        Elements.setText(lengthText, over
                ? I18n.text(platform.equals("x") ? "overLimitX" : "overLimitLinkedIn", String.valueOf(result.weighted() - max))
                : I18n.text("lengthMeter", String.valueOf(result.weighted()), String.valueOf(max)));
        Elements.style(lengthFill, "width", Math.min(100, result.weighted() * 100 / max) + "%");
    }

    private void showOwnWords(double share) {
        if (Double.isNaN(share)) {
            Elements.setText(ownWords, "");
            Elements.setText(nudge, "");
            return;
        }
        int percent = (int) Math.round(share * 100);
        Elements.setText(ownWords, I18n.text("ownWordsMeter", String.valueOf(percent)));
        Elements.setText(nudge, share < 0.3 ? I18n.text("ownWordsNudge")
                : share >= 0.6 ? I18n.text("ownWordsPraise") : "");
    }

    /** Errors first, then warnings, then suggestions; within a level, in the order they occur in the draft. */
    private static List<LintResult.Finding> ordered(List<LintResult.Finding> findings) {
        List<LintResult.Finding> ordered = new ArrayList<>(findings.size());
        for (String level : new String[] {"error", "warning", "suggestion"}) {
            for (LintResult.Finding finding : findings) {
                if (finding.level().equals(level)) {
                    ordered.add(finding);
                }
            }
        }
        for (LintResult.Finding finding : findings) {
            if (!ordered.contains(finding)) {
                ordered.add(finding);
            }
        }
        return ordered;
    }

    /** The finding at the panel's index {@code index} (as numbered in {@code data-finding}). */
    LintResult.Finding finding(int index) {
        return index >= 0 && index < shown.size() ? shown.get(index) : null;
    }

    private void renderFindings() {
        Elements.clear(findings);
        int count = showAll ? shown.size() : Math.min(SHORT_LIST, shown.size());
        for (int i = 0; i < count; i++) {
            findings.appendChild(findingItem(i, shown.get(i)));
        }
        more.setHidden(shown.size() <= SHORT_LIST);
        Elements.setText(more, showAll ? I18n.text("showFewer") : I18n.text("showAll", String.valueOf(shown.size())));
    }

    private HTMLElement findingItem(int index, LintResult.Finding finding) {
        HTMLElement item = Elements.create("li", "finding " + finding.level());
        item.setAttribute("data-rule-id", finding.ruleId());
        item.setAttribute("data-level", finding.level());
        item.appendChild(Elements.text("span", "message", finding.message()));
        if (!finding.description().isEmpty() || safeLink(finding.link())) {
            HTMLElement why = Elements.text("span", "why", finding.description());
            if (safeLink(finding.link())) {
                HTMLElement link = Elements.text("a", "", " " + I18n.text("readMore"));
                link.setAttribute("href", finding.link());
                link.setAttribute("target", "_blank");
                link.setAttribute("rel", "noopener noreferrer");
                why.appendChild(link);
            }
            item.appendChild(why);
        }
        if (!finding.fixes().isEmpty()) {
            HTMLElement buttons = Elements.create("div", "actions");
            for (int f = 0; f < finding.fixes().size(); f++) {
                HTMLElement button = Elements.button(fixLabel(finding.fixes().get(f)), "fix");
                button.setAttribute("data-finding", String.valueOf(index));
                button.setAttribute("data-fix", String.valueOf(f));
                buttons.appendChild(button);
            }
            item.appendChild(buttons);
        }
        return item;
    }

    private static String fixLabel(LintResult.Fix fix) {
        switch (fix.kind()) {
            case "remove":
                return I18n.text("fixRemove");
            case "insert":
                return I18n.text("fixInsert", fix.text().trim());
            default:
                return I18n.text("fixReplace", fix.text());
        }
    }

    /** Only web addresses become links: a rule's link is data an admin typed. */
    private static boolean safeLink(String link) {
        return link.startsWith("https://") || link.startsWith("http://");
    }

    /** Suggested items: featured ones for an empty draft, else the ones closest to it. */
    void showSuggestions(JSObject items, boolean featured) {
        Elements.clear(suggestions);
        int count = JsJson.size(items);
        suggestionsTitle.setHidden(count == 0);
        Elements.setText(suggestionsTitle, I18n.text(featured ? "featuredTitle" : "suggestedTitle"));
        for (int i = 0; i < count; i++) {
            JSObject item = JsJson.at(items, i);
            HTMLElement row = Elements.create("li", "item");
            row.setAttribute("data-content-id", JsJson.string(item, "id", ""));
            HTMLElement title = Elements.text("span", "title", JsJson.string(item, "title", ""));
            if (JsJson.flag(item, "challenge")) {
                row.setAttribute("data-challenge", "true");
                title.appendChild(Elements.text("span", "badge-challenge", I18n.text("challengeBadge")));
            }
            row.appendChild(title);
            String summary = JsJson.string(item, "summary", "");
            if (!summary.isEmpty()) {
                row.appendChild(Elements.text("span", "summary", summary));
            }
            String caption = JsJson.string(item, "caption", "");
            if (!caption.isEmpty()) {
                row.appendChild(Elements.text("span", "summary caption", caption));
            }
            HTMLElement actions = Elements.create("div", "actions");
            HTMLElement insert = Elements.button(I18n.text("insert"), "insert");
            insert.setAttribute("aria-label", I18n.text("insertItem", JsJson.string(item, "title", "")));
            actions.appendChild(insert);
            row.appendChild(actions);
            suggestions.appendChild(row);
        }
    }

    /** Offers to put the person's tracked link in place of an approved item's address. */
    void showOffers(JSObject list) {
        Elements.clear(offers);
        for (int i = 0; i < JsJson.size(list); i++) {
            JSObject offer = JsJson.at(list, i);
            HTMLElement row = Elements.create("p", "offer");
            row.setAttribute("data-offer-content-id", JsJson.string(offer, "contentId", ""));
            row.appendChild(Elements.text("span", "", I18n.text("swapOffer", JsJson.string(offer, "title", "")) + " "));
            HTMLElement swap = Elements.button(I18n.text("swapLink"), "swap-link");
            swap.setAttribute("data-offer", String.valueOf(i));
            row.appendChild(swap);
            offers.appendChild(row);
        }
    }

    /** This week's challenge, as encouragement: its message (nothing when there is none). */
    void showChallenge(String message) {
        Elements.setText(challenge, message.isEmpty() ? "" : I18n.text("challengeLine", message));
    }

    void showHint(String text) {
        Elements.setText(hint, text);
    }

    private void clicked(Event event) {
        HTMLElement target = Elements.actionOf(event, root);
        if (target == null) {
            return;
        }
        switch (target.getAttribute("data-action")) {
            case "toggle":
                setCollapsed(!collapsed);
                actions.toggled(collapsed);
                break;
            case "more":
                showAll = !showAll;
                renderFindings();
                more.focus();
                break;
            case "fix":
                actions.fix(Integer.parseInt(target.getAttribute("data-finding")),
                        Integer.parseInt(target.getAttribute("data-fix")));
                break;
            case "insert":
                actions.insert(Dom.closest(target, "[data-content-id]").getAttribute("data-content-id"));
                break;
            case "swap-link":
                actions.swapLink(Integer.parseInt(target.getAttribute("data-offer")));
                break;
            case "open-options":
                actions.openOptions();
                break;
            default:
                break;
        }
    }
}
