package io.herald.extension.product;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.herald.extension.fixtures.LinkedInFeed;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.WebElement;

/** The assistant in LinkedIn's share box: a Quill editor in the open shadow root hosted by #interop-outlet. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssistantOnLinkedInTest {

    private Programme programme;

    @BeforeAll
    void start() {
        programme = Programme.start().signedIn();
    }

    @AfterAll
    void stop() {
        programme.close();
    }

    @Test
    void thePanelSitsInTheShareBoxAndFixesGoThroughQuill() {
        LinkedInFeed feed = programme.browser.linkedInFeed();
        WebElement editor = feed.openShareBox();
        editor.click();
        editor.sendKeys("Hi guys, we utilize a new office");
        AssistantPanel panel = programme.panel().shown();
        assertEquals(true, programme.browser.chromium().script("return !!document.querySelector('"
                + LinkedInFeed.OUTLET + "').shadowRoot.querySelector('[role=dialog] herald-assistant')"),
                "inside the share box's dialog, in LinkedIn's shadow root");
        panel.waitForFinding("inclusive-words");
        panel.waitForFinding("plain-words");
        assertTrue(panel.text().contains(" / 3000"), panel.text());
        panel.fix("plain-words");
        programme.browser.chromium().waitFor("return window.__fixture.shareBox.quill.getText()"
                + " === 'Hi guys, we use a new office\\n'", AssistantPanel.TIMEOUT);
        panel.waitForNoFinding("plain-words");
        panel.fix("inclusive-words");
        programme.browser.chromium().waitFor("return window.__fixture.shareBox.quill.getText()"
                + " === 'Hi everyone, we use a new office\\n'", AssistantPanel.TIMEOUT);
        assertTrue(feed.postButton().isEnabled());
        assertEquals(List.of(), feed.errors());
    }

    @Test
    void pastingAnApprovedItemsAddressOffersThePersonalLink() {
        LinkedInFeed feed = programme.browser.linkedInFeed();
        WebElement editor = feed.openShareBox();
        editor.click();
        editor.sendKeys("Look: ");
        programme.browser.chromium().script("var editor = document.querySelector('" + LinkedInFeed.OUTLET
                + "').shadowRoot.querySelector('.ql-editor');"
                + "var data = new DataTransfer(); data.setData('text/plain', arguments[0]);"
                + "editor.dispatchEvent(new ClipboardEvent('paste', {clipboardData: data, bubbles: true,"
                + " cancelable: true, composed: true}));", Programme.OFFICE_URL);
        AssistantPanel panel = programme.panel().shown();
        panel.click("button[data-action=swap-link]");
        programme.browser.chromium().waitFor("var text = window.__fixture.shareBox.quill.getText();"
                + " return text.indexOf('go.example.com/r/') > 0 && text.indexOf('helsinki-office') < 0;",
                AssistantPanel.TIMEOUT);
        assertTrue(feed.quillText().startsWith("Look: https://go.example.com/r/"), feed.quillText());
    }
}
