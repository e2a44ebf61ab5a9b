package io.herald.extension.product;

import io.herald.extension.fixtures.FixtureSites;
import org.junit.jupiter.api.Test;

/** An employee whose recent shares lean to asks (recruiting, sales) gets a friendly hint in the panel. */
class GiveToAskHintTest {

    @Test
    void recentSharesThatLeanToAsksBringTheHint() {
        try (Programme programme = Programme.start()) {
            String jobs = programme.admin.publish("We are hiring engineers", "https://www.example.com/jobs",
                    "Join us! We are hiring.", false, "ask");
            Admin emma = programme.admin.employee(Programme.EMAIL);
            emma.share(jobs, "x");
            emma.share(jobs, "linkedin");
            programme.signedIn();
            InsertAndShareTest.sleep(1500);
            programme.browser.xHome(FixtureSites.X).inlineEditor().click();
            programme.panel().shown().waitForText("Most of your recent shares ask for something.");
        }
    }
}
