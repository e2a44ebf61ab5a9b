package io.herald.extension.product;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.eclipsesource.json.JsonArray;
import com.eclipsesource.json.JsonObject;
import com.eclipsesource.json.JsonValue;
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
        assertTrue(programme.api.requests().stream().anyMatch(line -> line.startsWith("POST /api/v1/links ")
                && line.contains("origin=chrome-extension://")), programme.api.requests().toString());

        editor.sendKeys(" Proud of the team.");
        x.inlinePostButton().click();
        programme.browser.chromium().waitFor("return window.__fixture.posts.length === 1", AssistantPanel.TIMEOUT);
        JsonObject share = awaitShare(code);
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
        feed.postButton().click();
        programme.browser.chromium().waitFor("return window.__fixture.posts.length === 1", AssistantPanel.TIMEOUT);
        assertEquals("linkedin", awaitShare(code).getString("platform", ""));
        assertEquals(List.of(), feed.errors());
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

    /** Waits for the API to hold a share of the link {@code code}, and that it holds exactly one. */
    private JsonObject awaitShare(String code) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            String linkId = emma.myLinks().values().stream()
                    .filter(link -> link.asObject().getString("code", "").equals(code))
                    .map(link -> link.asObject().getString("id", "")).findFirst().orElse("?");
            JsonArray shares = emma.myShares();
            List<JsonValue> ofLink = shares.values().stream()
                    .filter(share -> share.asObject().getString("linkId", "").equals(linkId)).toList();
            if (!ofLink.isEmpty()) {
                assertEquals(1, ofLink.size(), shares.toString());
                return ofLink.get(0).asObject();
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
