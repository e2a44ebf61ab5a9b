package io.herald.extension.product;

import io.herald.extension.browser.HeadlessChromium;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** An employee using the extension: signing in through its options page, and asking its background what it holds. */
final class Employee {

    private final HeadlessChromium chromium;

    Employee(HeadlessChromium chromium) {
        this.chromium = chromium;
    }

    /** Fills in and submits the options page's sign-in form (its documented hooks), and waits for the outcome. */
    void signIn(String server, String code, String displayName) {
        chromium.extension().open("options.html");
        chromium.waitFor("return document.readyState === 'complete'", Duration.ofSeconds(10));
        type("input[name=server]", server);
        type("input[name=code]", code);
        type("input[name=displayName]", displayName);
        chromium.driver().findElement(By.cssSelector("#sign-in button[type=submit]")).click();
        // Done when the error summary shows, or someone is signed in and the code was used (the form empties it).
        chromium.waitFor("return !document.getElementById('error-summary').hidden"
                         + " || (!document.getElementById('account').hidden"
                         + "     && document.querySelector('input[name=code]').value === '')", Duration.ofSeconds(20));
    }

    /** Whether the options page (open now) shows someone signed in. */
    boolean signedIn() {
        return Boolean.TRUE.equals(chromium.script("return !document.getElementById('account').hidden"));
    }

    private void type(String selector, String text) {
        WebElement input = chromium.driver().findElement(By.cssSelector(selector));
        input.clear();
        input.sendKeys(text);
    }

    /**
     * Sends a message to the extension's background from one of its pages (opened if need be) and returns the
     * answer, parsed: what the popup and the options page do.
     */
    @SuppressWarnings("unchecked")
    Map<String, Object> ask(String messageJson) {
        String current = chromium.driver().getCurrentUrl();
        if (current == null || !current.startsWith(chromium.extension().url(""))) {
            chromium.extension().open("popup.html");
        }
        return (Map<String, Object>) chromium.script("return new Promise(function (resolve) {"
                + " chrome.runtime.sendMessage(arguments[0], function (answer) { resolve(JSON.parse(answer)); }); })"
                .replace("arguments[0]", AssistantPanel.jsString(messageJson)));
    }

    /** The share reports waiting and delivered: {@code {"pending", "delivered", "dropped"}}. */
    Map<String, Object> shareQueue() {
        return ask("{\"kind\": \"queue-status\"}");
    }
}
