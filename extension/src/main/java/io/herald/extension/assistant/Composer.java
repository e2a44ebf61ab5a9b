package io.herald.extension.assistant;

import io.herald.extension.i18n.I18n;
import io.herald.extension.jso.Ask;
import io.herald.extension.jso.Dom;
import io.herald.extension.jso.Editing;
import io.herald.extension.jso.Highlights;
import io.herald.extension.jso.JsJson;
import io.herald.extension.jso.Timers;
import io.herald.extension.site.SiteAdapter;
import java.util.List;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.xml.Element;

/**
 * One composer on the page and what Herald knows of it: its text (read on each input, only while it has focus), the
 * latest findings, the library item it shares, and the id of the post being written.
 *
 * <p>Findings follow each key by one round trip to the background: on a change the assistant reads the text and
 * asks for a lint in a microtask (not a task of its own, which the browser would run only after rendering a frame),
 * unless a lint is already on its way. While one is, further changes are coalesced into one more lint when it
 * returns; an answer still counts when the editor only rewrote its nodes with the same text (editors reconcile their
 * DOM after the browser's edit). Suggestions wait until typing pauses.
 */
final class Composer {

    /** Suggestions and link offers are refreshed when typing pauses this long. */
    private static final int SUGGEST_PAUSE_MS = 350;
    private static final int SUGGESTIONS = 3;

    private final HTMLElement element;
    private final SiteAdapter adapter;
    private final Panel panel;
    private final String platform;
    private DraftText text;
    /** The text of the lint on its way, or null when none is. */
    private String linting;
    private boolean changed;
    private int suggestTimer = -1;
    private String contentId = "";
    private String shareId;
    private JSObject offers = JsJson.array();
    /** Watches the composer's text while it has focus: editors change it without input events (a paste they handle). */
    private JSObject watcher;

    Composer(Element element, SiteAdapter adapter, Panel panel) {
        this.element = (HTMLElement) element;
        this.adapter = adapter;
        this.panel = panel;
        this.platform = adapter.site().platform();
        this.element.addEventListener("input", event -> textChanged());
        this.element.addEventListener("focus", event -> focused());
        this.element.addEventListener("blur", event -> blurred());
    }

    Element element() {
        return element;
    }

    boolean connected() {
        return Dom.connected(element);
    }

    /** The composer got focus: show the panel by it and bring the findings up to date. */
    void focused() {
        if (watcher == null) {
            watcher = Dom.watch(element, this::textChanged);
        }
        panel.place(adapter.panelAnchor(element));
        textChanged();
    }

    private void blurred() {
        if (watcher != null) {
            Dom.stopWatching(watcher);
            watcher = null;
        }
    }

    private void textChanged() {
        changed = true;
        if (linting == null) {
            Timers.soon(this::lint);
        }
        if (suggestTimer >= 0) {
            Timers.cancel(suggestTimer);
        }
        suggestTimer = Timers.later(this::suggest, SUGGEST_PAUSE_MS);
    }

    private void lint() {
        if (linting != null || !changed) {
            return;
        }
        changed = false;
        text = DraftText.read(element, adapter.blockSelector());
        if (text.isEmpty()) {
            // The post went out (the site emptied the composer) or was erased: the next text is a new post.
            shareId = null;
            contentId = "";
        }
        String sent = text.text();
        linting = sent;
        JSObject request = JsJson.message("lint");
        JsJson.put(request, "text", sent);
        JsJson.put(request, "platform", platform);
        JsJson.put(request, "contentId", contentId);
        Ask.backgroundText(request, answer -> {
            linting = null;
            if (changed) {
                // The editor touched the composer meanwhile; editors often rewrite a node with the same text.
                DraftText now = DraftText.read(element, adapter.blockSelector());
                if (now.text().equals(sent)) {
                    changed = false;
                    text = now;
                }
            }
            if (!changed) {
                show(LintResult.parse(answer));
            } else {
                lint();
            }
        });
    }

    private void show(LintResult result) {
        panel.showLint(result, platform);
        mark(result.findings());
    }

    /** Marks the findings' spans in the composer, by level, without touching its DOM. */
    private void mark(List<LintResult.Finding> findings) {
        if (!Highlights.supported()) {
            return;
        }
        Highlights.adoptStyles(element, PanelStyles.HIGHLIGHTS, "heraldHighlightStyles");
        JSObject errors = Highlights.newList();
        JSObject warnings = Highlights.newList();
        JSObject suggestions = Highlights.newList();
        for (LintResult.Finding finding : findings) {
            if (finding.end() <= finding.start()) {
                continue;
            }
            JSObject range = text.range(finding.start(), finding.end());
            if (range != null) {
                Highlights.add(finding.level().equals("error") ? errors
                        : finding.level().equals("warning") ? warnings : suggestions, range);
            }
        }
        Highlights.set("herald-error", errors);
        Highlights.set("herald-warning", warnings);
        Highlights.set("herald-suggestion", suggestions);
    }

    /** Suggested content for the draft, and offers to swap pasted item addresses for the tracked link. */
    private void suggest() {
        suggestTimer = -1;
        if (text == null) {
            return;
        }
        String draft = text.text();
        JSObject request = JsJson.message("suggest");
        JsJson.put(request, "text", draft);
        JsJson.put(request, "platform", platform);
        JsJson.put(request, "limit", SUGGESTIONS);
        Ask.background(request, answer -> panel.showSuggestions(JsJson.list(answer, "items"), draft.trim().isEmpty()));
        JSObject offersRequest = JsJson.message("link-offers");
        JsJson.put(offersRequest, "text", draft);
        JsJson.put(offersRequest, "platform", platform);
        Ask.background(offersRequest, answer -> {
            offers = JsJson.list(answer, "offers");
            panel.showOffers(offers);
        });
    }

    /** Applies fix {@code fixIndex} of the panel's finding {@code findingIndex}, as typing would. */
    void fix(int findingIndex, int fixIndex) {
        LintResult.Finding finding = panel.finding(findingIndex);
        if (finding == null || fixIndex >= finding.fixes().size()) {
            return;
        }
        LintResult.Fix fix = finding.fixes().get(fixIndex);
        DraftText now = DraftText.read(element, adapter.blockSelector());
        if (text == null || fix.end() > text.text().length()
            || !now.text().startsWith(text.text().substring(0, fix.end()))) {
            // The text up to the fix changed since the finding was made: its offsets no longer hold.
            textChanged();
            return;
        }
        JSObject range = now.range(fix.start(), fix.end());
        if (range == null) {
            return;
        }
        edit(range, fix.kind().equals("remove") ? "" : fix.text());
    }

    /** Inserts an item's post (its caption with the person's tracked link), minting the link first. */
    void insert(String itemId) {
        JSObject request = JsJson.message("compose");
        JsJson.put(request, "contentId", itemId);
        JsJson.put(request, "platform", platform);
        panel.showError("");
        Ask.background(request, answer -> {
            if (JsJson.has(answer, "error")) {
                panel.showError(JsJson.string(answer, "error", ""));
                return;
            }
            contentId = itemId;
            DraftText now = DraftText.read(element, adapter.blockSelector());
            String post = JsJson.string(answer, "text", "");
            if (now.text().isEmpty()) {
                edit(now.end(), post);
            } else if (now.isEmpty()) {
                // Only blanks: the post takes their place.
                edit(now.range(0, now.text().length()), post);
            } else {
                edit(now.end(), (platform.equals("linkedin") ? "\n\n" : " ") + post);
            }
        });
    }

    /** Puts the person's tracked link in place of the approved item's address offered at {@code index}. */
    void swapLink(int index) {
        if (index >= JsJson.size(offers)) {
            return;
        }
        JSObject offer = JsJson.at(offers, index);
        String url = JsJson.string(offer, "url", "");
        String itemId = JsJson.string(offer, "contentId", "");
        JSObject request = JsJson.message("link");
        JsJson.put(request, "contentId", itemId);
        JsJson.put(request, "platform", platform);
        Ask.background(request, answer -> {
            if (JsJson.has(answer, "error")) {
                panel.showError(JsJson.string(answer, "error", ""));
                return;
            }
            DraftText now = DraftText.read(element, adapter.blockSelector());
            int at = now.text().indexOf(url);
            if (at < 0) {
                return;
            }
            contentId = itemId;
            edit(now.range(at, at + url.length()), JsJson.string(answer, "linkUrl", ""));
        });
    }

    /**
     * Replaces {@code range} with {@code replacement} as a person would: focus, select, then paste it (a
     * {@code paste} event carrying the text), or delete the selection. Pasting is the one input path both editors
     * take whole, line breaks included: Draft.js (X) ignores {@code insertText} in an empty editor, where the browser
     * then edits the DOM behind its back and breaks it, and keeps line breaks typed that way inside one block. The
     * selection is given a moment to reach the editor's own state (Draft.js reads it on {@code selectionchange}).
     */
    private void edit(JSObject range, String replacement) {
        if (range == null) {
            return;
        }
        element.focus();
        Editing.select(range);
        Timers.later(() -> {
            if (replacement.isEmpty()) {
                Editing.deleteSelection();
            } else if (!Editing.paste(element, replacement)) {
                // No editor took the paste: type it instead.
                Editing.insertText(replacement);
            }
        }, 20);
    }

    /**
     * Post was pressed: report the share if the draft holds one of the person's tracked links (the background
     * decides). Pressing Post is the one moment the composer is read without having focus (the button took it): the
     * text is what is being posted, read before the site empties the composer.
     */
    void posted() {
        String draft = DraftText.read(element, adapter.blockSelector()).text();
        if (draft.trim().isEmpty()) {
            return;
        }
        if (shareId == null) {
            shareId = Timers.randomUuid();
        }
        JSObject request = JsJson.message("report-share");
        JsJson.put(request, "id", shareId);
        JsJson.put(request, "text", draft);
        JsJson.put(request, "platform", platform);
        Ask.background(request, answer -> {
            if (JsJson.flag(answer, "queued")) {
                panel.showError("");
                panel.showHint(I18n.text("shareReported"));
            }
        });
    }

    /** The site's Post button for this composer, or null. */
    Element postButton() {
        return adapter.postButton(element);
    }
}
