package io.herald.extension.product;

import io.herald.extension.browser.HeadlessChromium;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The assistant's panel as a test sees it, through its documented hooks: the {@code <herald-assistant>} element
 * (in the page, or in LinkedIn's shadow root) with an open shadow root; findings with {@code data-rule-id}; fixes
 * {@code button[data-action=fix]}; suggested items with {@code data-content-id} holding
 * {@code button[data-action=insert]}.
 */
final class AssistantPanel {

    static final Duration TIMEOUT = Duration.ofSeconds(15);

    /** Finds the panel wherever it is: the page, or an open shadow root of the page. */
    static final String FIND = ""
            + "function heraldPanel() {"
            + "  var found = document.querySelector('herald-assistant');"
            + "  if (found) { return found; }"
            + "  var hosts = document.querySelectorAll('*');"
            + "  for (var i = 0; i < hosts.length; i++) {"
            + "    if (hosts[i].shadowRoot) {"
            + "      found = hosts[i].shadowRoot.querySelector('herald-assistant');"
            + "      if (found) { return found; }"
            + "    }"
            + "  }"
            + "  return null;"
            + "}";

    private final HeadlessChromium chromium;

    AssistantPanel(HeadlessChromium chromium) {
        this.chromium = chromium;
    }

    /** Waits for the panel to be in the page. */
    AssistantPanel shown() {
        chromium.waitFor(FIND + "var p = heraldPanel(); return !!p && !!p.shadowRoot && p.isConnected;", TIMEOUT);
        return this;
    }

    boolean present() {
        return Boolean.TRUE.equals(chromium.script(FIND + "return !!heraldPanel();"));
    }

    /** The rule ids of the findings listed now, in the panel's order. */
    @SuppressWarnings("unchecked")
    List<String> findings() {
        return (List<String>) chromium.script(FIND + "var p = heraldPanel(); if (!p) { return []; }"
                + "return Array.from(p.shadowRoot.querySelectorAll('[data-rule-id]'))"
                + ".map(function (e) { return e.getAttribute('data-rule-id'); });");
    }

    /** Waits until a finding of {@code ruleId} is listed. */
    void waitForFinding(String ruleId) {
        chromium.waitFor(FIND + "var p = heraldPanel();"
                + "return !!p && !!p.shadowRoot.querySelector('[data-rule-id=\"" + ruleId + "\"]');", TIMEOUT);
    }

    /** Waits until no finding of {@code ruleId} is listed. */
    void waitForNoFinding(String ruleId) {
        chromium.waitFor(FIND + "var p = heraldPanel();"
                + "return !!p && !p.shadowRoot.querySelector('[data-rule-id=\"" + ruleId + "\"]');", TIMEOUT);
    }

    /** Clicks the first fix of the first finding of {@code ruleId}. */
    void fix(String ruleId) {
        click("[data-rule-id=\"" + ruleId + "\"] button[data-action=fix]");
    }

    /** The ids of the suggested items listed now. */
    @SuppressWarnings("unchecked")
    List<String> suggestions() {
        return (List<String>) chromium.script(FIND + "var p = heraldPanel(); if (!p) { return []; }"
                + "return Array.from(p.shadowRoot.querySelectorAll('[data-content-id]'))"
                + ".map(function (e) { return e.getAttribute('data-content-id'); });");
    }

    void waitForSuggestion(String contentId) {
        chromium.waitFor(FIND + "var p = heraldPanel();"
                + "return !!p && !!p.shadowRoot.querySelector('[data-content-id=\"" + contentId + "\"]');", TIMEOUT);
    }

    /** The text the suggested item {@code contentId} shows, and whether any of it became markup. */
    @SuppressWarnings("unchecked")
    Map<String, Object> suggestionContent(String contentId) {
        return (Map<String, Object>) chromium.script(FIND + "var item = heraldPanel().shadowRoot"
                + ".querySelector('[data-content-id=\"" + contentId + "\"]');"
                + "return {text: item.textContent, images: item.querySelectorAll('img').length,"
                + " bold: item.querySelectorAll('b').length};");
    }

    void insert(String contentId) {
        click("[data-content-id=\"" + contentId + "\"] button[data-action=insert]");
    }

    /** The panel's whole text (for messages and meters). */
    String text() {
        return String.valueOf(chromium.script(FIND + "var p = heraldPanel(); return p ? p.shadowRoot.textContent : '';"));
    }

    /** Waits until the panel's text contains {@code text}. */
    void waitForText(String text) {
        chromium.waitFor(FIND + "var p = heraldPanel(); return !!p && p.shadowRoot.textContent.indexOf("
                + jsString(text) + ") >= 0;", TIMEOUT);
    }

    /** Clicks an element of the panel, as a person clicking it would (the driver's own click). */
    void click(String selector) {
        chromium.waitFor(FIND + "var p = heraldPanel(); return !!p && !!p.shadowRoot.querySelector("
                + jsString(selector) + ");", TIMEOUT);
        org.openqa.selenium.WebElement host = (org.openqa.selenium.WebElement) chromium.script(
                FIND + "return heraldPanel();");
        host.getShadowRoot().findElement(org.openqa.selenium.By.cssSelector(selector)).click();
    }

    static String jsString(String text) {
        StringBuilder out = new StringBuilder("'");
        for (char c : text.toCharArray()) {
            if (c == '\'' || c == '\\') {
                out.append('\\');
            }
            out.append(c == '\n' ? "\\n" : String.valueOf(c));
        }
        return out.append('\'').toString();
    }
}
