package io.herald.extension.product;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.herald.extension.fixtures.FixtureSites;
import io.herald.extension.fixtures.LinkedInFeed;
import io.herald.extension.fixtures.XHome;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The settings: language, the sites Herald helps on, the leaderboard, and the panel remembered collapsed per site. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SettingsTest {

    private Programme programme;

    @BeforeAll
    void start() {
        programme = Programme.start().signedIn();
    }

    @AfterAll
    void stop() {
        programme.close();
    }

    private void save(Runnable choose) {
        programme.browser.chromium().extension().open("options.html");
        programme.browser.chromium().waitFor("return !document.getElementById('account').hidden",
                Duration.ofSeconds(10));
        choose.run();
        programme.browser.chromium().driver().findElement(By.cssSelector("#settings button[type=submit]")).click();
        programme.browser.chromium().waitFor("return document.getElementById('settings-status').textContent !== ''",
                Duration.ofSeconds(10));
    }

    @Test
    void aChosenLanguageIsSpokenByThePagesThePanelAndTheGuidelines() {
        save(() -> new Select(programme.browser.chromium().driver().findElement(By.name("language")))
                .selectByValue("fi"));
        var driver = programme.browser.chromium().driver();
        assertEquals("Heraldin asetukset", driver.findElement(By.tagName("h1")).getText());
        assertEquals("fi", driver.findElement(By.tagName("html")).getDomAttribute("lang"));

        XHome x = programme.browser.xHome(FixtureSites.X);
        WebElement editor = x.inlineEditor();
        editor.click();
        AssistantPanel panel = programme.panel().shown();
        panel.waitForText("Nostettua sisältöä");
        editor.sendKeys("We utilize it");
        panel.waitForFinding("plain-words");
        panel.waitForText("selkeämmin");
        save(() -> new Select(programme.browser.chromium().driver().findElement(By.name("language")))
                .selectByValue(""));
    }

    @Test
    void aSiteSwitchedOffGetsNoAssistantTheOtherKeepsIt() {
        save(() -> programme.browser.chromium().driver().findElement(By.name("site-x")).click());
        XHome x = programme.browser.xHome(FixtureSites.X);
        x.inlineEditor().click();
        InsertAndShareTest.sleep(1500);
        assertFalse(programme.panel().present());

        LinkedInFeed feed = programme.browser.linkedInFeed();
        feed.openShareBox().click();
        programme.panel().shown();
        save(() -> programme.browser.chromium().driver().findElement(By.name("site-x")).click());
    }

    @Test
    void thePanelStaysCollapsedOnTheSiteWhereItWasCollapsed() {
        XHome x = programme.browser.xHome(FixtureSites.X);
        x.inlineEditor().click();
        AssistantPanel panel = programme.panel().shown();
        panel.click("button[data-action=toggle]");
        assertEquals("false", expanded());
        InsertAndShareTest.sleep(500);

        programme.browser.xHome(FixtureSites.X).inlineEditor().click();
        programme.panel().shown();
        assertEquals("false", expanded(), "still collapsed on X after a reload");
        programme.browser.linkedInFeed().openShareBox().click();
        programme.panel().shown();
        assertEquals("true", expanded(), "open on LinkedIn");
    }

    @Test
    void leaderboardConsentIsKeptByTheApi() {
        Admin emma = programme.admin.employee(Programme.EMAIL);
        assertFalse(emma.call("GET", "/api/v1/me/preferences", null, 200).getBoolean("leaderboard", true));
        save(() -> programme.browser.chromium().driver().findElement(By.name("leaderboard")).click());
        assertTrue(emma.call("GET", "/api/v1/me/preferences", null, 200).getBoolean("leaderboard", false));
    }

    private String expanded() {
        return String.valueOf(programme.browser.chromium().script(AssistantPanel.FIND
                + "return heraldPanel().shadowRoot.querySelector('[data-action=toggle]').getAttribute('aria-expanded');"));
    }
}
