package io.herald.extension.product;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.herald.common.json.JsonObject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The popup: the feed with search, copying a caption with the personal link, my figures, another browser's code. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PopupTest {

    private Programme programme;

    @BeforeAll
    void start() {
        programme = Programme.start().signedIn();
        InsertAndShareTest.sleep(1500);
    }

    @AfterAll
    void stop() {
        programme.close();
    }

    private void openPopup() {
        programme.browser.chromium().extension().open("popup.html");
        programme.browser.chromium().waitFor("return !document.getElementById('content').hidden"
                + " && document.querySelectorAll('#items [data-content-id]').length > 0", Duration.ofSeconds(10));
    }

    @SuppressWarnings("unchecked")
    private List<String> items() {
        return (List<String>) programme.browser.chromium().script("return Array.from(document.querySelectorAll("
                + "'#items [data-content-id]')).map(function (e) { return e.getAttribute('data-content-id'); })");
    }

    @Test
    void showsTheFeedFeaturedFirstAndSearchesIt() {
        openPopup();
        assertEquals(List.of(programme.officeId, programme.markupId), items());
        WebElement search = programme.browser.chromium().driver().findElement(By.id("search"));
        search.sendKeys("helsinki");
        programme.browser.chromium().waitFor("return document.querySelectorAll('#items [data-content-id]').length"
                + " === 1", Duration.ofSeconds(5));
        assertEquals(List.of(programme.officeId), items());
    }

    @Test
    void copyingACaptionMintsThePersonalLinkForThatPlatform() {
        openPopup();
        programme.browser.chromium().driver().findElement(By.cssSelector("[data-content-id=\""
                + programme.officeId + "\"] button[data-platform=linkedin]")).click();
        programme.browser.chromium().waitFor("return document.getElementById('copy-status').textContent !== ''",
                Duration.ofSeconds(10));
        Admin emma = programme.admin.employee(Programme.EMAIL);
        assertTrue(emma.myLinks().values().stream().anyMatch(link -> link.asObject().getString("platform", "")
                .equals("linkedin") && link.asObject().getString("contentId", "").equals(programme.officeId)),
                emma.myLinks().toString());
    }

    @Test
    void showsMyFiguresOnly() {
        openPopup();
        programme.browser.chromium().waitFor("return !document.getElementById('impact').hidden", Duration.ofSeconds(5));
        String figures = programme.browser.chromium().driver().findElement(By.id("impact")).getText();
        assertTrue(figures.contains("My impact this month"), figures);
        assertTrue(figures.contains("0"), figures);
    }

    @Test
    void aCodeForAnotherBrowserSignsTheSamePersonIn() {
        openPopup();
        programme.browser.chromium().driver().findElement(By.id("sign-in-code")).click();
        programme.browser.chromium().waitFor("return document.getElementById('code-output').textContent !== ''",
                Duration.ofSeconds(10));
        String shown = programme.browser.chromium().driver().findElement(By.id("code-output")).getText();
        String code = shown.replaceFirst("^[^:]*: ", "").replaceFirst("\\. .*$", "");
        // The other browser redeems it: the same person, signed in again.
        JsonObject session = programme.admin.call("POST", "/api/v1/auth/redeem",
                new JsonObject().add("code", code).add("displayName", "Emma Employee"), 200);
        assertEquals(Programme.EMAIL, session.get("user").asObject().getString("email", ""));
    }
}
