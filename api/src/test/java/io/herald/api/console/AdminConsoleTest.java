package io.herald.api.console;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.herald.api.Herald;
import io.herald.api.TestBrowser;
import io.herald.api.TestCalls.Reply;
import io.herald.api.TestCalls;
import io.herald.api.TestClock;
import io.herald.api.TestHerald;
import io.herald.api.TestServer;
import io.herald.api.TestUsers;
import io.herald.api.auth.invites.InviteRequest;
import io.herald.api.people.Role;
import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.http.HeaderValues;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import static io.helidon.http.HeaderNames.ETAG;
import static io.helidon.http.HeaderNames.IF_MATCH;
import static io.herald.api.TestCalls.Caller.ANONYMOUS;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** The admin console in a real headless Chromium against a real Herald server, the way an admin uses it. */
@ServerTest
class AdminConsoleTest {
    private static final TestClock CLOCK = new TestClock();
    private static final Herald HERALD = TestHerald.start(Map.of(), CLOCK);
    private static final TestUsers USERS = new TestUsers(HERALD);
    private static TestBrowser browser;

    private final String console;
    private final TestCalls calls;

    AdminConsoleTest(WebServer server, Http1Client client) {
        this.console = "http://localhost:" + server.port() + "/admin/";
        this.calls = new TestCalls(client);
    }

    @SetUpServer
    static void server(WebServerConfig.Builder server) {
        TestServer.setUp(server, HERALD);
    }

    @BeforeAll
    static void startBrowser() {
        browser = TestBrowser.start(1280, 900);
    }

    @AfterAll
    static void close() {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            HERALD.close();
        }
    }

    /**
     * Every test starts signed out. The session is forgotten on a page of the console's origin where no console
     * script runs (its style sheet), so no refresh in flight can store a token again.
     */
    @BeforeEach
    void signedOut() {
        browser.resize(1280, 900);
        browser.open(console + "console.css");
        browser.script("sessionStorage.clear();");
        browser.open(console);
        browser.shown("form.sign-in-form");
        assertThat(browser.unlabelledControls(), is(empty()));
    }

    /** No test may leave a script error or a refused resource behind, whatever it asserted. */
    @AfterEach
    void noScriptErrors() {
        assertThat(browser.errors(), is(empty()));
    }

    @Test
    void theFirstAdminSignsInWithTheStartupInviteGivingTheirEmail() {
        assertThat("the email field shows from the start", browser.field("Your email (first admin only)")
                .isDisplayed(), is(true));
        browser.type("Invite code", HERALD.auth().firstAdminInvite().orElseThrow().code());
        browser.type("Your name", "Ada Admin");
        browser.click("Sign in");

        WebElement error = browser.shown(".sign-in-form .field-error");
        assertThat("without it, the first admin's code asks for it", error.getText(), containsString("email"));
        browser.screenshot("sign-in-asks-for-email");
        browser.type("Your email (first admin only)", "ada@example.com");
        browser.click("Sign in");

        assertThat(browser.shown("#account-name").getText(), is("Ada Admin"));
        browser.shownWith("h1", "Library");
        assertThat("the refresh token is kept for this tab only",
                   browser.script("return localStorage.length;"), is(0L));
        String refreshToken = (String) browser.script("return sessionStorage.getItem('herald.refreshToken');");
        assertThat(refreshToken.length() > 20, is(true));
        browser.screenshot("library-empty");

        browser.shownWith("#nav a", "Dashboard").click();
        browser.shownWith("h1", "Dashboard");
        assertThat(browser.shownWith(".kpi", "Participation").getText(), containsString("Participation"));
        String invited = browser.shownWith(".kpi", "Invited").getText();
        assertThat("the tile counts at least the first admin (other tests in this class invite people too): "
                   + invited, invited.matches("(?s)[1-9][0-9]*\\s+Invited.*"), is(true));
        browser.shownWith("table caption", "Day by day");
        browser.screenshot("analytics");

        browser.click("Sign out");
        browser.shown("form.sign-in-form");
        assertThat(browser.script("return sessionStorage.getItem('herald.refreshToken');"), is(nullValue()));
        Reply refresh = calls.post("/api/v1/auth/refresh", ANONYMOUS, "{\"refreshToken\": \"" + refreshToken + "\"}");
        assertThat("signing out revoked the session", refresh.status(), is(401));
    }

    @Test
    void anEmployeeIsToldPolitelyThatTheConsoleIsForAdmins() {
        signInThroughTheForm(Role.EMPLOYEE, "Eve Employee");

        WebElement message = browser.shownWith("h1", "This console is for admins");
        assertThat(message.isDisplayed(), is(true));
        assertThat(browser.shown(".admins-only").getText(), containsString("browser extension"));
        assertThat(browser.all("#nav").get(0).isDisplayed(), is(false));
        assertThat(browser.script("return sessionStorage.getItem('herald.refreshToken');"), is(nullValue()));
        browser.screenshot("admins-only");
    }

    @Test
    void anItemCreatedThroughTheFormIsListedWithEveryField() {
        String team = USERS.team("Sales " + UUID.randomUUID().toString().substring(0, 6));
        signInAsAdmin();
        browser.click("New item");
        browser.shownWith("h1", "New library item");
        browser.type("Title", "Our Lodz office opens");
        browser.type("Link to the content", "https://www.example.com/news/lodz");
        browser.type("Summary (optional)", "A new office for 200 people.");
        browser.click("Add a caption");
        browser.type("Text", "Our new office in Lodz opens today #employee");
        browser.type("Language of the caption", "pl");
        browser.type("Hashtags", "#Hiring, lodz");
        browser.type("Topics", "Offices, Poland");
        browser.shownWith(".check", HERALD.people().teams().get(team).name()).findElement(
                By.tagName("input")).click();
        browser.shownWith(".check", "Featured").findElement(By.tagName("input")).click();
        new Select(browser.field("Status")).selectByValue("published");
        browser.screenshot("item-new");
        browser.click("Create item");

        browser.shownWith(".message.ok", "Created “Our Lodz office opens”");
        WebElement link = browser.shownWith("table a", "Our Lodz office opens");
        assertThat(browser.shownWith("tbody tr", "Our Lodz office opens").getText(), containsString("Featured"));
        browser.screenshot("library-list");

        String id = link.getAttribute("href").replaceAll(".*#/library/", "");
        JsonNode item = calls.get("/api/v1/content/" + id, USERS.admin()).body();
        assertThat(item.get("status").asText(), is("published"));
        assertThat(item.get("featured").asBoolean(), is(true));
        assertThat(item.get("summary").asText(), is("A new office for 200 people."));
        assertThat(item.get("captions").get(0).get("language").asText(), is("pl"));
        assertThat(item.get("hashtags").toString(), is("[\"Hiring\",\"lodz\"]"));
        assertThat(item.get("topics").toString(), is("[\"Offices\",\"Poland\"]"));
        assertThat(item.get("targetTeams").toString(), is("[\"" + team + "\"]"));
    }

    @Test
    void aRefusedFieldIsNamedNextToItAndTheFormKeepsWhatWasTyped() {
        signInAsAdmin();
        browser.open(console + "#/library/new");
        browser.type("Title", "Mind the URL");
        browser.type("Link to the content", "javascript:alert(1)");
        browser.click("Create item");

        WebElement error = browser.shown(".field-error");
        assertThat(error.getText(), containsString("http"));
        assertThat(browser.field("Link to the content").getAttribute("aria-invalid"), is("true"));
        assertThat(browser.field("Title").getAttribute("value"), is("Mind the URL"));
        assertThat(browser.field("Link to the content").getAttribute("value"), is("javascript:alert(1)"));
    }

    @Test
    void anEditConflictSaysSoAndKeepsTheAdminsEdits() {
        TestUsers.Session other = USERS.admin();
        Reply created = calls.post("/api/v1/content", other, """
                {"title": "Quarterly results", "canonicalUrl": "https://www.example.com/q3"}""");
        String id = created.body().get("id").asText();
        signInAsAdmin();
        browser.open(console + "#/library/" + id);
        browser.shownWith("h1", "Quarterly results");
        browser.type("Title", "Quarterly results are in");

        Reply meanwhile = calls.put("/api/v1/content/" + id, other, """
                {"title": "Q3 results", "canonicalUrl": "https://www.example.com/q3"}""",
                                    HeaderValues.create(IF_MATCH, created.header(ETAG).orElseThrow()));
        assertThat(meanwhile.status(), is(200));
        browser.click("Save changes");

        WebElement message = browser.shownWith(".message.error", "changed this item meanwhile");
        assertThat(message.getText(), containsString("reload"));
        assertThat(browser.field("Title").getAttribute("value"), is("Quarterly results are in"));
        assertThat(calls.get("/api/v1/content/" + id, other).body().get("title").asText(), is("Q3 results"));
        browser.screenshot("item-conflict");

        browser.click("Reload the item");
        browser.shownWith("h1", "Q3 results");
        assertThat(browser.field("Title").getAttribute("value"), is("Q3 results"));
    }

    @Test
    void theLibraryFiltersAndPages() {
        TestUsers.Session admin = USERS.admin();
        String topic = "topic-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 1; i <= 22; i++) {
            assertThat(calls.post("/api/v1/content", admin, """
                    {"title": "Paged item %d", "canonicalUrl": "https://www.example.com/p/%d", "topics": ["%s"]}"""
                    .formatted(i, i, topic)).status(), is(201));
        }
        signInAsAdmin();
        browser.type("Topic", topic);
        browser.click("Filter");

        browser.shownWith(".pager", "Page 1 of 2 · 22 items");
        assertThat(browser.all("tbody tr"), hasSize(20));
        browser.click("Next");
        browser.shownWith(".pager", "Page 2 of 2");
        assertThat(browser.all("tbody tr"), hasSize(2));
        assertThat(browser.driver().getCurrentUrl(), containsString("topic=" + topic));

        browser.type("Text", "Paged item 7");
        browser.click("Filter");
        browser.shownWith(".pager", "1 item");
        assertThat(browser.shown("tbody").getText(), containsString("Paged item 7"));
    }

    @Test
    void anInvalidRuleSetInTheJsonViewIsRefusedNamingTheRuleAndBadJsonSaysWhereInPlainWords() {
        signInAsAdmin();
        browser.open(console + "#/guidelines");
        browser.click("Advanced: JSON");
        WebElement editor = browser.field("Rule set (JSON)");
        browser.until(d -> editor.getAttribute("value").contains("\"rules\""));
        String invalid = """
                {"rules": [
                  {"id": "plain", "type": "substitution", "message": "Say %s plainly.", "swap": {"utilize": "use"}},
                  {"id": "mystery", "type": "no-such-type", "message": "What?"}
                ]}""";
        setValue(editor, invalid);
        browser.click("Save");

        WebElement problem = browser.shown(".editor-problem .message.error");
        assertThat(problem.getText(), containsString("rules[1]"));
        assertThat(editor.getAttribute("value"), is(invalid));
        assertThat(editor.getAttribute("aria-invalid"), is("true"));
        browser.screenshot("guidelines-invalid");

        browser.click("Show this rule in the editor");
        Object selected = browser.script("return arguments[0].value.substring(arguments[0].selectionStart, "
                                         + "arguments[0].selectionEnd);", editor);
        assertThat(selected, is("\"id\": \"mystery\""));

        setValue(editor, "{\"rules\": [\n  {\"id\": \"a\" \"type\": \"x\"}\n]}");
        WebElement broken = browser.shownWith(".editor-problem .message.error", "Line 2");
        assertThat(broken.getText(), containsString("Line 2, character 14: a comma or a closing } is missing"));
        assertThat("no parser's own words", broken.getText(), not(containsString("JSON at position")));
        assertThat(calls.get("/api/v1/guidelines", USERS.admin()).bodyText(), not(containsString("mystery")));
    }

    @Test
    void aDraftIsCheckedAsItIsTypedWithItsFindingsHighlighted() {
        signInAsAdmin();
        browser.open(console + "#/guidelines");
        browser.type("Draft post", "We leverage the the new office.");

        WebElement mark = browser.shownWith(".draft-preview mark", "leverage");
        assertThat(mark.getText(), containsString("leverage"));
        assertThat(browser.shown(".findings").getText(), containsString("says the same as \"leverage\""));
        browser.screenshot("guidelines-draft");
    }

    /** Sets a text box's value as typing would end, telling the page (an input event). */
    private void setValue(WebElement field, String value) {
        browser.script("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input'));", field,
                       value);
    }

    @Test
    void aNewInviteShowsItsCodeOnce() {
        String email = "new-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        signInAsAdmin();
        browser.open(console + "#/people");
        browser.type("Email", email);
        browser.click("Create invite");

        String code = browser.shown(".code-once code").getText();
        assertThat(code.length(), is(43));
        assertThat(browser.shown(".code-once").getText(), containsString("Shown only this once"));
        browser.shownWith("tbody tr", email);
        assertThat(browser.shownWith("tbody tr", email).getText(), containsString("Pending"));
        browser.screenshot("people-invite");

        browser.open(console + "#/library");
        browser.shownWith("h1", "Library");
        browser.open(console + "#/people");
        browser.shownWith("tbody tr", email);
        assertThat(browser.all(".code-once"), is(empty()));
        assertThat((String) browser.script("return document.body.innerText;"), not(containsString(code)));

        Reply redeemed = calls.post("/api/v1/auth/redeem", ANONYMOUS,
                                    "{\"code\": \"" + code + "\", \"displayName\": \"New Person\"}");
        assertThat("the code shown is the real one", redeemed.status(), is(200));
    }

    @Test
    void anAdminMovesSomeoneToATeamAndDeactivatesThem() {
        String name = "Field " + UUID.randomUUID().toString().substring(0, 6);
        String team = USERS.team(name);
        TestUsers.Session employee = USERS.employee();
        signInAsAdmin();
        browser.open(console + "#/people");
        WebElement row = browser.shownWith("#users tbody tr", employee.email());
        new Select(row.findElement(By.cssSelector("select[aria-label='Team of " + employee.email() + "']")))
                .selectByVisibleText(name);
        row.findElement(By.xpath(".//button[text()='Save']")).click();

        browser.shownWith("#users tbody tr .message.ok", "Saved.");
        assertThat(calls.get("/api/v1/users/" + employee.userId(), USERS.admin()).body().get("teamId").asText(),
                   is(team));

        browser.script("window.confirm = () => true;");
        browser.shownWith("#users tbody tr", employee.email()).findElement(
                By.xpath(".//button[text()='Deactivate']")).click();
        browser.shownWith("#users tbody tr .message.ok", "Deactivated.");
        assertThat(browser.shownWith("#users tbody tr", employee.email()).getText(), containsString("Deactivated"));
        assertThat(calls.get("/api/v1/me", employee).status(), is(401));
    }

    @Test
    void aRevokedInvitesPersonIsShownSoWithoutActionsAndTeamCountsFollowChanges() {
        TestUsers.Session admin = USERS.admin();
        String email = "revoked-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        String invite = calls.post("/api/v1/invites", admin, Map.of("email", email, "role", "employee")).text("id");
        assertThat(calls.delete("/api/v1/invites/" + invite, admin).status(), is(204));
        String name = "Counted " + UUID.randomUUID().toString().substring(0, 6);
        USERS.team(name);
        TestUsers.Session employee = USERS.employee();
        signInAsAdmin();
        browser.open(console + "#/people");

        WebElement revoked = browser.shownWith("#users tbody tr", email);
        assertThat(revoked.getText(), containsString("Invite revoked"));
        assertThat(revoked.findElements(By.tagName("button")), is(empty()));
        assertThat(revoked.findElements(By.tagName("select")), is(empty()));

        WebElement teamRow = browser.shown("#teams input[aria-label='Name of the team " + name + "']")
                .findElement(By.xpath("./ancestor::tr"));
        assertThat(teamRow.findElements(By.tagName("td")).get(1).getText(), is("0"));
        WebElement row = browser.shownWith("#users tbody tr", employee.email());
        new Select(row.findElement(By.cssSelector("select[aria-label='Team of " + employee.email() + "']")))
                .selectByVisibleText(name);
        row.findElement(By.xpath(".//button[text()='Save']")).click();
        browser.shownWith("#users tbody tr .message.ok", "Saved.");
        browser.until(d -> browser.shown("#teams input[aria-label='Name of the team " + name + "']")
                .findElement(By.xpath("./ancestor::tr")).findElements(By.tagName("td")).get(1).getText().equals("1"));
    }

    @Test
    void anItemIsArchivedFromItsForm() {
        TestUsers.Session admin = USERS.admin();
        String id = calls.post("/api/v1/content", admin, """
                {"title": "Old news", "canonicalUrl": "https://www.example.com/old", "status": "published"}""")
                .body().get("id").asText();
        signInAsAdmin();
        browser.open(console + "#/library/" + id);
        browser.shownWith("h1", "Old news");
        browser.script("window.confirm = () => true;");
        browser.click("Archive");

        browser.shownWith(".item-form .message.ok", "Archived.");
        assertThat(calls.get("/api/v1/content/" + id, admin).body().get("status").asText(), is("archived"));
    }

    @Test
    void aTeamStillInUseIsNotDeletedAndTheConsoleSaysWhy() {
        String name = "Support " + UUID.randomUUID().toString().substring(0, 6);
        String team = USERS.team(name);
        USERS.employee(team);
        signInAsAdmin();
        browser.open(console + "#/people");
        WebElement row = browser.shown("#teams input[aria-label='Name of the team " + name + "']")
                .findElement(By.xpath("./ancestor::tr"));
        browser.script("window.confirm = () => true;");
        row.findElement(By.xpath(".//button[text()='Delete']")).click();

        WebElement error = browser.shown("#teams .message.error");
        assertThat(error.getText(), containsString("still has 1 member"));
        assertThat(HERALD.people().teams().get(team).name(), is(name));
        browser.screenshot("people-teams");
    }

    @Test
    void aSessionOutlivesItsAccessTokenByRefreshingOnce() {
        signInAsAdmin();
        String first = (String) browser.script("return sessionStorage.getItem('herald.refreshToken');");
        CLOCK.advance(Duration.ofMinutes(16)); // past the access token's 15 minutes

        browser.open(console + "#/people");
        browser.shownWith("#users tbody", "@example.com");
        String second = (String) browser.script("return sessionStorage.getItem('herald.refreshToken');");
        assertThat("the refresh token was rotated", second, not(is(first)));
        assertThat(browser.all("form.sign-in-form"), is(empty()));
    }

    @Test
    void aSessionEndedElsewhereAsksToSignInAgainAndKeepsTheForm() {
        signInAsAdmin();
        browser.open(console + "#/library/new");
        browser.type("Title", "Half-written item");
        String refreshToken = (String) browser.script("return sessionStorage.getItem('herald.refreshToken');");
        assertThat(calls.post("/api/v1/auth/logout", ANONYMOUS, "{\"refreshToken\": \"" + refreshToken + "\"}")
                           .status(), is(204));
        CLOCK.advance(Duration.ofMinutes(16));

        browser.click("Create item");
        assertThat(browser.shown("#sign-in .message.notice").getText(), containsString("Your session has ended"));
        signInThroughTheForm(Role.ADMIN, "Ann Again");

        assertThat(browser.shownWith("h1", "New library item").isDisplayed(), is(true));
        assertThat(browser.field("Title").getAttribute("value"), is("Half-written item"));
    }

    @Test
    void everyViewFitsAnEightHundredPixelWindow() {
        browser.resize(800, 900);
        signInAsAdmin();
        USERS.employee(USERS.team("Narrow " + UUID.randomUUID().toString().substring(0, 6)));
        for (String view : new String[] {"library", "library/new", "challenges", "guidelines", "people", "sites",
                                         "dashboard"}) {
            browser.open(console + "#/" + view);
            browser.shown(".view h1");
            browser.until(d -> browser.all(".view[aria-busy]").isEmpty());
            long overflow = (Long) browser.script(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(view + " scrolls sideways", overflow, lessThanOrEqualTo(0L));
            assertThat(view + " has controls without a label", browser.unlabelledControls(), is(empty()));
            assertThat(view + ": controls out of reach", browser.script("""
                    return [...document.querySelectorAll('button, select, input, textarea, a.button')]
                        .filter((el) => el.offsetParent !== null)
                        .filter((el) => { const r = el.getBoundingClientRect();
                                          return r.left < 0 || r.right > document.documentElement.clientWidth; })
                        .map((el) => el.outerHTML.slice(0, 80));"""), is(List.of()));
            browser.screenshot("narrow-" + view.replace('/', '-'));
        }
        assertThat(browser.shownWith(".kpi", "Shares").getText(), containsString("Shares"));
    }

    /** Signs in a new admin through the sign-in form. */
    private void signInAsAdmin() {
        signInThroughTheForm(Role.ADMIN, "Ann Admin");
        browser.shownWith("h1", "Library");
    }

    private void signInThroughTheForm(Role role, String name) {
        String email = role.id() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        String code = HERALD.auth().invites().invite(Optional.empty(), new InviteRequest(email, role, null)).code();
        browser.type("Invite code", code);
        browser.type("Your name", name);
        browser.click("Sign in");
    }
}
