package io.herald.extension.product;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.herald.common.json.JsonArray;
import io.herald.common.json.JsonObject;
import io.herald.extension.fixtures.FixtureSites;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * This week's challenge, made by an admin through the API the console uses, reaches the employee: its message and its
 * items first (with a badge) in the panel of an empty composer, and a section of the popup.
 */
class ChallengeTest {
    private static final String MESSAGE = "This week: tell people about our spring campaign in your own words.";

    @Test
    void theWeeksChallengeIsInThePanelAndThePopup() {
        try (Programme programme = Programme.start()) {
            String spring = programme.admin.publish("Spring campaign", "https://www.example.com/news/spring",
                    "Our spring campaign starts today.", false);
            LocalDate monday = LocalDate.now(ZoneOffset.UTC).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            programme.admin.call("POST", "/api/v1/challenges", new JsonObject()
                    .add("weekStart", monday.toString())
                    .add("message", MESSAGE)
                    .add("items", new JsonArray().add(spring).add(programme.markupId)), 201);
            programme.signedIn();
            InsertAndShareTest.sleep(1500);

            programme.browser.xHome(FixtureSites.X).inlineEditor().click();
            AssistantPanel panel = programme.panel().shown();
            panel.waitForText(MESSAGE);
            panel.waitForSuggestion(spring);
            List<String> suggested = panel.suggestions();
            assertEquals(List.of(spring, programme.markupId), suggested.subList(0, 2),
                    "the challenge's items come first: " + suggested);
            assertTrue(panel.text().contains("Challenge"), panel.text());

            programme.browser.chromium().extension().open("popup.html");
            programme.browser.chromium().waitFor("return !document.getElementById('challenge').hidden",
                    Duration.ofSeconds(10));
            assertEquals(MESSAGE, programme.browser.chromium().driver().findElement(By.id("challenge-message"))
                    .getText());
            assertEquals(2, programme.browser.chromium().driver()
                    .findElements(By.cssSelector("#challenge-items [data-content-id]")).size());
        }
    }
}
