package io.herald.extension.product;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.herald.extension.fixtures.FixtureSites;
import io.herald.extension.fixtures.XHome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/**
 * A share posted while Herald's server is down waits in the extension's storage and reaches the API exactly once
 * when the server is back: while the browser stays open, and after the browser was closed and opened again.
 */
class OfflineQueueTest {

    private static final Duration DELIVERY = Duration.ofSeconds(45);

    @Test
    void aShareMadeWhileTheServerIsDownIsDeliveredOnceWhenItIsBack() {
        try (Programme programme = Programme.start().signedIn()) {
            Admin emma = programme.admin.employee(Programme.EMAIL);
            postWithTrackedLinkWhileApiIsDown(programme);
            assertEquals(1L, programme.employee.shareQueue().get("pending"));

            programme.api.up();
            awaitDelivered(programme);
            assertEquals(1, emma.myShares().size(), emma.myShares().toString());
            assertEquals(0L, programme.employee.shareQueue().get("pending"));
        }
    }

    @Test
    void aShareWaitingWhenTheBrowserClosesIsDeliveredOnceAfterItOpensAgain() throws IOException {
        Path profile = Files.createTempDirectory("herald-profile-");
        try (Programme programme = Programme.start(profile).signedIn()) {
            Admin emma = programme.admin.employee(Programme.EMAIL);
            postWithTrackedLinkWhileApiIsDown(programme);
            assertEquals(1L, programme.employee.shareQueue().get("pending"));

            programme.restartBrowser();
            programme.api.up();
            awaitDelivered(programme);
            assertEquals(1, emma.myShares().size(), emma.myShares().toString());
            // Once more across a restart: nothing is sent again.
            programme.restartBrowser();
            InsertAndShareTest.sleep(3000);
            assertEquals(1, emma.myShares().size(), emma.myShares().toString());
            assertEquals(1L, programme.employee.shareQueue().get("delivered"));
        }
    }

    /** Inserts the featured item (its link is minted while the API is up), stops the API, then posts. */
    private static void postWithTrackedLinkWhileApiIsDown(Programme programme) {
        XHome x = programme.browser.xHome(FixtureSites.X);
        WebElement editor = x.inlineEditor();
        editor.click();
        AssistantPanel panel = programme.panel().shown();
        panel.waitForSuggestion(programme.officeId);
        panel.insert(programme.officeId);
        programme.browser.chromium().waitFor("return /\\/r\\//.test(window.__fixture.composerTexts()[0].text)",
                AssistantPanel.TIMEOUT);
        programme.api.down();
        x.inlinePostButton().click();
        programme.browser.chromium().waitFor("return window.__fixture.posts.length === 1", AssistantPanel.TIMEOUT);
        InsertAndShareTest.sleep(1000);
    }

    private static void awaitDelivered(Programme programme) {
        long deadline = System.nanoTime() + DELIVERY.toNanos();
        Map<String, Object> queue = programme.employee.shareQueue();
        while (System.nanoTime() < deadline) {
            queue = programme.employee.shareQueue();
            if (Long.valueOf(1).equals(queue.get("delivered"))) {
                return;
            }
            InsertAndShareTest.sleep(500);
        }
        throw new AssertionError("not delivered within " + DELIVERY + ": " + queue);
    }
}
