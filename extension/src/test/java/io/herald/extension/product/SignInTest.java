package io.herald.extension.product;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;

/** Signing in through options.html against a real API, and what the extension sends (nothing) before that. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInTest {

    private Programme programme;

    @BeforeAll
    void start() {
        programme = Programme.start();
    }

    @AfterAll
    void stop() {
        programme.close();
    }

    @Test
    void aWrongCodeIsShownAtTheTopAndBesideTheFieldAndWhatWasTypedStays() {
        programme.employee.signIn(programme.api.url(), "not-a-code", "Emma Employee");
        var driver = programme.browser.chromium().driver();
        assertFalse(programme.employee.signedIn());
        String summary = driver.findElement(By.id("error-summary")).getText();
        assertTrue(summary.contains("not valid"), "the API's own words: " + summary);
        assertEquals("#code", driver.findElement(By.cssSelector("#error-list a")).getDomAttribute("href"));
        assertTrue(driver.findElement(By.id("code-error")).getText().contains("not valid"));
        assertEquals("true", driver.findElement(By.name("code")).getDomAttribute("aria-invalid"));
        assertEquals("not-a-code", driver.findElement(By.name("code")).getDomProperty("value"));
        assertEquals("Emma Employee", driver.findElement(By.name("displayName")).getDomProperty("value"));
    }

    @Test
    void emptyFieldsAreNamedWithoutAskingTheServer() {
        programme.api.clearRequests();
        programme.employee.signIn("", "", "");
        String summary = programme.browser.chromium().driver().findElement(By.id("error-summary")).getText();
        assertTrue(summary.contains("Enter the address of your company's Herald server."), summary);
        assertTrue(summary.contains("Enter the code from your invitation."), summary);
        assertTrue(summary.contains("Enter the name people will see."), summary);
        assertEquals(List.of(), programme.api.requests().stream().filter(line -> line.contains("/auth/")).toList());
    }

    @Test
    void signingOutRevokesTheSignInOnTheServer() {
        programme.signedIn();
        var chromium = programme.browser.chromium();
        String refreshToken = String.valueOf(chromium.script("return new Promise(function (resolve) {"
                + " chrome.storage.local.get('session', function (items) {"
                + "  resolve(JSON.parse(items.session).refreshToken); }); })"));
        chromium.driver().findElement(By.id("sign-out")).click();
        chromium.waitFor("return document.getElementById('account').hidden", java.time.Duration.ofSeconds(10));
        InsertAndShareTest.sleep(500);
        programme.admin.call("POST", "/api/v1/auth/refresh",
                new io.herald.common.json.JsonObject().add("refreshToken", refreshToken), 401);
        assertEquals(false, programme.employee.ask("{\"kind\": \"status\"}").get("signedIn"));
    }

    @Test
    void signsInWithAnInviteAndShowsWhoIsSignedIn() {
        programme.signedIn();
        var driver = programme.browser.chromium().driver();
        assertEquals("You are signed in as Emma Employee (emma@example.com).", driver.findElement(By.id("who")).getText());
        Map<String, Object> status = programme.employee.ask("{\"kind\": \"status\"}");
        assertEquals(true, status.get("signedIn"));
        assertEquals(programme.api.url(), status.get("server"));
        assertFalse(status.toString().contains("accessToken"), "no token leaves the background: " + status);
        assertFalse(status.toString().contains("refreshToken"));
    }
}
