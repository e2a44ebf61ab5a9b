package io.herald.extension.product;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.herald.extension.fixtures.FixtureSites;
import io.herald.extension.fixtures.LinkedInFeed;
import io.herald.extension.fixtures.XHome;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * What employees are promised: the extension sends nothing until they act (inserting content, posting), asks the
 * sites for nothing, loads its assistant only when a composer gets focus, and leaves comment boxes alone. A visible
 * page of a site readies the extension's background ahead of a focus, still without sending anything.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TrustTest {

    private Programme programme;

    @BeforeAll
    void start() {
        programme = Programme.start().signedIn();
        // Signing in is an act: after it the extension reads the rule set and the feed. Let that settle.
        InsertAndShareTest.sleep(2000);
    }

    @AfterAll
    void stop() {
        programme.close();
    }

    @Test
    void writingSendsNothingInsertingAsksForTheLinkPostingReportsTheShare() {
        programme.api.clearRequests();
        programme.browser.sites().clearRequests();
        XHome x = programme.browser.xHome(FixtureSites.X);
        assertFalse(programme.panel().present(), "no assistant before a composer has focus");
        WebElement editor = x.inlineEditor();
        editor.click();
        editor.sendKeys("We utilize synergies, guys. https://www.example.com/news/helsinki-office #a #b #c");
        AssistantPanel panel = programme.panel().shown();
        panel.waitForFinding("hashtags-x");
        panel.waitForFinding("inclusive-words");
        panel.waitForSuggestion(programme.officeId);
        InsertAndShareTest.sleep(1000);
        assertEquals(List.of(), programme.api.requests(), "typing sent nothing to Herald");
        assertEquals(List.of(), programme.browser.sites().requestsBeyondFixtures(), "nor anything to X");

        panel.insert(programme.officeId);
        programme.browser.chromium().waitFor("return /go\\.example\\.com\\/r\\//.test("
                + "window.__fixture.composerTexts()[0].text)", AssistantPanel.TIMEOUT);
        assertEquals(List.of("POST /api/v1/links"), apiCalls());

        programme.api.clearRequests();
        x.inlinePostButton().click();
        programme.browser.chromium().waitFor("return window.__fixture.posts.length === 1", AssistantPanel.TIMEOUT);
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (apiCalls().isEmpty() && System.nanoTime() < deadline) {
            InsertAndShareTest.sleep(100);
        }
        assertEquals(List.of("POST /api/v1/shares"), apiCalls());
        assertEquals(List.of(), programme.browser.sites().requestsBeyondFixtures());
    }

    /** First: before any share is reported, whose delivery a restarted worker could retry (at least once, by id). */
    @Test
    @Order(1)
    void aVisiblePageStartsTheBackgroundAheadOfAFocusAndSendsNothing() {
        programme.browser.chromium().extension().stopServiceWorker();
        programme.api.clearRequests();
        programme.browser.sites().clearRequests();
        programme.browser.xHome(FixtureSites.X);
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!programme.browser.chromium().extension().serviceWorkerRunning() && System.nanoTime() < deadline) {
            InsertAndShareTest.sleep(100);
        }
        assertTrue(programme.browser.chromium().extension().serviceWorkerRunning(),
                "the page's load started the background, before any composer had focus");
        InsertAndShareTest.sleep(1000);
        assertFalse(programme.panel().present(), "no assistant before a composer has focus");
        assertEquals(List.of(), programme.api.requests(), "nothing sent to Herald");
        assertEquals(List.of(), programme.browser.sites().requestsBeyondFixtures(), "nor anything to X");
    }

    @Test
    void commentBoxesAreLeftAlone() {
        LinkedInFeed feed = programme.browser.linkedInFeed();
        WebElement comment = programme.browser.chromium().driver()
                .findElements(By.cssSelector(LinkedInFeed.COMMENT_EDITOR)).get(0);
        comment.click();
        comment.sendKeys("We utilize this, guys");
        InsertAndShareTest.sleep(1500);
        assertFalse(programme.panel().present(), "no assistant for a comment box");
        assertTrue(feed.errors().isEmpty(), feed.errors().toString());
    }

    /** The calls the extension made to the API (preflights left out), as "METHOD path". */
    private List<String> apiCalls() {
        return programme.api.requests().stream()
                .filter(line -> !line.startsWith("OPTIONS "))
                .peek(line -> assertTrue(line.contains("origin=chrome-extension://"), line))
                .map(line -> line.substring(0, line.indexOf(" origin=")).replaceFirst("\\?.*", ""))
                .toList();
    }
}
