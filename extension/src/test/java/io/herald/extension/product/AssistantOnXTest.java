package io.herald.extension.product;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.herald.extension.fixtures.FixtureSites;
import io.herald.extension.fixtures.XHome;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** The assistant in X's composers: the timeline's, the compose dialog's and the reply dialog's (Draft.js). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssistantOnXTest {

    private Programme programme;

    @BeforeAll
    void start() {
        programme = Programme.start().signedIn();
    }

    @AfterAll
    void stop() {
        programme.close();
    }

    private XHome home(String host) {
        return programme.browser.xHome(host);
    }

    @Test
    void findingsFollowTypingAndAreMarkedInTheComposer() {
        XHome x = home(FixtureSites.X);
        WebElement editor = x.inlineEditor();
        editor.click();
        editor.sendKeys("We utilize the new office");
        AssistantPanel panel = programme.panel().shown();
        panel.waitForFinding("plain-words");
        assertEquals(List.of("herald-suggestion"), programme.browser.chromium().script(
                "return Array.from(CSS.highlights.keys()).filter(function (k) {"
                + " return CSS.highlights.get(k).size > 0; })"), "the span is marked, not rewritten");
        editor.sendKeys(" #one #two #three");
        panel.waitForFinding("hashtags-x");
        assertTrue(panel.text().contains(" / 280"), panel.text());
        // The editor's own DOM was not touched: Draft's state still equals what was typed.
        assertEquals("We utilize the new office #one #two #three", x.composerTexts().get(0));
        assertEquals(List.of(), x.errors());
    }

    @Test
    void aFixChangesTheTextThroughTheEditorItself() {
        XHome x = home(FixtureSites.X);
        WebElement editor = x.inlineEditor();
        editor.click();
        editor.sendKeys("Today we utilize the the office");
        AssistantPanel panel = programme.panel().shown();
        panel.waitForFinding("plain-words");
        panel.fix("plain-words");
        programme.browser.chromium().waitFor("return window.__fixture.composerTexts()[0].text"
                + " === 'Today we use the the office'", AssistantPanel.TIMEOUT);
        panel.waitForNoFinding("plain-words");
        panel.fix("repeated-word");
        programme.browser.chromium().waitFor("return /^Today we use the office$/.test("
                + "window.__fixture.composerTexts()[0].text.replace(/\\s+/g, ' '))", AssistantPanel.TIMEOUT);
        panel.waitForNoFinding("repeated-word");
        assertTrue(XHome.enabled(x.inlinePostButton()));
        assertEquals(List.of(), x.errors());
    }

    @Test
    void onTwitterComToo() {
        XHome x = home(FixtureSites.TWITTER);
        WebElement editor = x.inlineEditor();
        editor.click();
        editor.sendKeys("Let us leverage this");
        programme.panel().shown().waitForFinding("plain-words");
    }

    @Test
    void inTheComposeDialogThePanelIsInsideTheDialogAndUsableByKeyboard() {
        XHome x = home(FixtureSites.X);
        programme.browser.chromium().driver().findElement(By.cssSelector(XHome.NEW_POST_BUTTON)).click();
        programme.browser.chromium().waitFor("return !!document.querySelector('" + XHome.DIALOG + " "
                + XHome.EDITOR.replace("'", "\\'") + "')", AssistantPanel.TIMEOUT);
        WebElement editor = x.dialogEditor();
        editor.click();
        editor.sendKeys("We utilize it");
        AssistantPanel panel = programme.panel().shown();
        panel.waitForFinding("plain-words");
        assertEquals(true, programme.browser.chromium().script(
                "return !!document.querySelector('" + XHome.DIALOG + " herald-assistant')"));
        // Alt+Shift+H in the composer moves focus into the panel; Tab moves through it; focus stays in the dialog.
        new Actions(programme.browser.chromium().driver())
                .keyDown(Keys.ALT).keyDown(Keys.SHIFT).sendKeys("h").keyUp(Keys.SHIFT).keyUp(Keys.ALT).perform();
        assertEquals("toggle", focusedAction());
        new Actions(programme.browser.chromium().driver()).sendKeys(Keys.TAB).perform();
        programme.browser.chromium().waitFor("return true", Duration.ofMillis(200));
        assertEquals("fix", focusedAction(), "Tab reaches the finding's fix, inside the dialog's focus trap");
        new Actions(programme.browser.chromium().driver()).sendKeys(Keys.ENTER).perform();
        programme.browser.chromium().waitFor("return window.__fixture.composerTexts().some(function (c) {"
                + " return c.text === 'We use it'; })", AssistantPanel.TIMEOUT);
        assertTrue(XHome.enabled(x.dialogPostButton()));
    }

    @Test
    void inTheReplyDialogToo() {
        XHome x = home(FixtureSites.X);
        programme.browser.chromium().driver().findElements(By.cssSelector(XHome.REPLY_BUTTON)).get(0).click();
        programme.browser.chromium().waitFor("return !!document.querySelector('" + XHome.DIALOG + " "
                + XHome.EDITOR.replace("'", "\\'") + "')", AssistantPanel.TIMEOUT);
        WebElement editor = x.dialogEditor();
        editor.click();
        editor.sendKeys("In order to help");
        programme.panel().shown().waitForFinding("plain-words");
    }

    /** The data-action of the element focused in the panel, or what has focus instead. */
    private String focusedAction() {
        return String.valueOf(programme.browser.chromium().script(
                "var active = document.activeElement;"
                + "if (!active || active.localName !== 'herald-assistant') {"
                + "  return 'outside: ' + (active ? active.outerHTML.slice(0, 80) : null); }"
                + "var inner = active.shadowRoot.activeElement;"
                + "if (!inner || !active.closest('[role=dialog]')) { return 'not in the dialog'; }"
                + "return inner.getAttribute('data-action');"));
    }
}
