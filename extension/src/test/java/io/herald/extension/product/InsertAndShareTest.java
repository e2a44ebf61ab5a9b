package io.herald.extension.product;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.herald.common.json.JsonObject;
import io.herald.common.json.JsonValue;
import io.herald.extension.fixtures.FixtureSites;
import io.herald.extension.fixtures.LinkedInFeed;
import io.herald.extension.fixtures.XHome;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Suggested content inserted into the composers mints the employee's tracked link and goes in through the editor's
 * own input path (the Post button enables); Post reports the share to the real API with that link; library text is
 * shown as text.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InsertAndShareTest {

    private static final Pattern TRACKED_LINK = Pattern.compile(Pattern.quote(HeraldApi.PUBLIC_URL) + "/r/([A-Za-z0-9]+)");

    private Programme programme;
    private Admin emma;

    @BeforeAll
    void start() {
        programme = Programme.start().signedIn();
        emma = programme.admin.employee(Programme.EMAIL);
    }

    @AfterAll
    void stop() {
        programme.close();
    }

    @Test
    void onXInsertingMintsTheLinkEnablesPostAndPostingReportsTheShare() {
        XHome x = programme.browser.xHome(FixtureSites.X);
        WebElement editor = x.inlineEditor();
        editor.click();
        AssistantPanel panel = programme.panel().shown();
        panel.waitForSuggestion(programme.officeId);
        programme.api.clearRequests();
        panel.insert(programme.officeId);
        programme.browser.chromium().waitFor("return window.__fixture.composerTexts()[0].text.indexOf("
                + AssistantPanel.jsString(Programme.OFFICE_CAPTION) + ") === 0", AssistantPanel.TIMEOUT);
        String draft = x.composerTexts().get(0);
        String code = code(draft);
        assertTrue(XHome.enabled(x.inlinePostButton()), "Draft's state has the text, so X's Post button enables");
        // The link is the employee's own for X, minted by the API (TrustTest checks it is asked for at insertion).
        assertTrue(emma.myLinks().values().stream().anyMatch(link -> link.asObject().getString("code", "").equals(code)
                && link.asObject().getString("platform", "").equals("x")), emma.myLinks().toString());

        editor.sendKeys(" Proud of the team.");
        int before = sharesOf(code).size();
        x.inlinePostButton().click();
        programme.browser.chromium().waitFor("return window.__fixture.posts.length === 1", AssistantPanel.TIMEOUT);
        JsonObject share = awaitNewShare(code, before);
        assertEquals("x", share.getString("platform", ""));
        // The caption is the item's, " Proud of the team." the employee's: about a quarter in their own words.
        assertTrue(share.getDouble("ownWords", 0) > 0.1 && share.getDouble("ownWords", 1) < 0.5, share.toString());
        assertEquals(1, share.get("findings").asObject().getInt("disclose-employment", 0), share.toString());
        assertTrue(share.getString("fingerprint", "").matches("[0-9a-f]{64}"), share.toString());
        assertTrue(Instant.parse(share.getString("postedAt", "")).isAfter(Instant.now().minusSeconds(120)));
    }

    @Test
    void onLinkedInInsertingGoesIntoQuillInsideTheShadowRootAndPostReportsTheShare() {
        LinkedInFeed feed = programme.browser.linkedInFeed();
        WebElement editor = feed.openShareBox();
        editor.click();
        AssistantPanel panel = programme.panel().shown();
        panel.waitForSuggestion(programme.officeId);
        panel.insert(programme.officeId);
        programme.browser.chromium().waitFor("var q = window.__fixture.shareBox.quill;"
                + " return !!q && q.getText().indexOf(" + AssistantPanel.jsString(Programme.OFFICE_CAPTION)
                + ") === 0 && /\\/r\\//.test(q.getText());", AssistantPanel.TIMEOUT);
        String code = code(feed.quillText());
        assertTrue(feed.postButton().isEnabled(), "Quill's text-change enabled LinkedIn's Post button");
        int before = sharesOf(code).size();
        feed.postButton().click();
        programme.browser.chromium().waitFor("return window.__fixture.posts.length === 1", AssistantPanel.TIMEOUT);
        assertEquals("linkedin", awaitNewShare(code, before).getString("platform", ""));
        assertEquals(List.of(), feed.errors());
    }

    @Test
    void ctrlEnterPostsAndReportsToo() {
        XHome x = programme.browser.xHome(FixtureSites.X);
        WebElement editor = x.inlineEditor();
        editor.click();
        AssistantPanel panel = programme.panel().shown();
        panel.waitForSuggestion(programme.officeId);
        panel.insert(programme.officeId);
        programme.browser.chromium().waitFor("return /go\\.example\\.com\\/r\\//.test("
                + "window.__fixture.composerTexts()[0].text)", AssistantPanel.TIMEOUT);
        String code = code(x.composerTexts().get(0));
        int before = sharesOf(code).size();
        editor.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        programme.browser.chromium().waitFor("return window.__fixture.posts.length === 1", AssistantPanel.TIMEOUT);
        assertEquals("x", awaitNewShare(code, before).getString("platform", ""));
    }

    @Test
    void libraryTextIsShownAsTextNeverAsMarkup() {
        XHome x = programme.browser.xHome(FixtureSites.X);
        x.inlineEditor().click();
        AssistantPanel panel = programme.panel().shown();
        panel.waitForSuggestion(programme.markupId);
        Map<String, Object> item = panel.suggestionContent(programme.markupId);
        assertTrue(String.valueOf(item.get("text")).contains(Programme.MARKUP), item.toString());
        assertTrue(String.valueOf(item.get("text")).contains("<b>caption</b>"), item.toString());
        assertEquals(0L, item.get("images"));
        assertEquals(0L, item.get("bold"));
    }

    private static String code(String draft) {
        Matcher matcher = TRACKED_LINK.matcher(draft);
        assertTrue(matcher.find(), "a tracked link in: " + draft);
        return matcher.group(1);
    }

    /** The shares the API holds of the employee's link {@code code}, oldest first. */
    private List<JsonValue> sharesOf(String code) {
        String linkId = emma.myLinks().values().stream()
                .filter(link -> link.asObject().getString("code", "").equals(code))
                .map(link -> link.asObject().getString("id", "")).findFirst().orElse("?");
        return emma.myShares().values().stream()
                .filter(share -> share.asObject().getString("linkId", "").equals(linkId)).toList();
    }

    /**
     * Waits for the API to hold one more share of the link {@code code} than {@code before}, then checks that it holds
     * exactly one more (the report is not recorded twice) and returns it.
     */
    private JsonObject awaitNewShare(String code, int before) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            List<JsonValue> shares = sharesOf(code);
            if (shares.size() > before) {
                sleep(1000);
                shares = sharesOf(code);
                assertEquals(before + 1, shares.size(), shares.toString());
                return shares.get(shares.size() - 1).asObject();
            }
            sleep(200);
        }
        throw new AssertionError("no share of link " + code + " reached the API; shares: " + emma.myShares()
                                 + "\n" + programme.browser.chromium().diagnostics());
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
