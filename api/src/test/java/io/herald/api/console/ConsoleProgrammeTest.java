package io.herald.api.console;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.herald.api.Herald;
import io.herald.api.TestBrowser;
import io.herald.api.TestCalls.Reply;
import io.herald.api.TestCalls;
import io.herald.api.TestHerald;
import io.herald.api.TestServer;
import io.herald.api.TestUsers;
import io.herald.api.attribution.TestLinks;
import io.herald.api.auth.invites.InviteRequest;
import io.herald.api.content.preview.LocalPages;
import io.herald.api.people.Role;
import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.http.HeaderNames;
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

import static io.herald.api.TestCalls.Caller.ANONYMOUS;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

/**
 * The console's programme features in headless Chromium against a real Herald with seeded data: guideline rules
 * edited without JSON and tried before saving, caption previews and X's limit, Fetch details, weekly challenges,
 * websites, the dashboard's charts and CSV files, the guards against locking oneself out and losing a form, and the
 * console in Finnish. Each page is saved as a screenshot at 1280 and 800 px (target/screenshots).
 */
@ServerTest
class ConsoleProgrammeTest {
    private static final LocalPages PAGES = new LocalPages();
    private static final Herald HERALD = TestHerald.start(Map.of(
            "herald.content.allow-local-urls", "true",
            "herald.content.preview.allowed-origins", PAGES.origin()));
    private static final TestUsers USERS = new TestUsers(HERALD);
    private static TestBrowser browser;

    private final String console;
    private final String origin;
    private final TestCalls calls;

    ConsoleProgrammeTest(WebServer server, Http1Client client) {
        this.origin = "http://localhost:" + server.port();
        this.console = origin + "/admin/";
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
            PAGES.close();
        }
    }

    @BeforeEach
    void signedOut() {
        browser.resize(1280, 900);
        browser.open(console + "console.css");
        browser.script("sessionStorage.clear(); localStorage.clear();");
        browser.open(console);
        browser.shown("form.sign-in-form");
    }

    @AfterEach
    void noScriptErrors() {
        browser.script("window.onbeforeunload = null;");
        assertThat(browser.errors(), is(empty()));
    }

    @Test
    void aRuleEditedWithoutJsonChangesTheDraftBeforeSavingAndSavingShowsWhatChanged() {
        signInAsAdmin();
        browser.open(console + "#/guidelines");
        browser.type("Draft post", "Our synergy is strong.");
        browser.shownWith(".lint-result", "No findings");
        assertThat(browser.all(".draft-preview mark").stream().map(WebElement::getText).toList().toString(),
                   not(containsString("synergy")));

        rule("plain-words").click();
        WebElement card = browser.shown("details[data-index] [data-field='swap']")
                .findElement(By.xpath("./ancestor::details"));
        card.findElement(By.xpath(".//button[text()='Add a swap']")).click();
        List<WebElement> finds = card.findElements(By.cssSelector(".swap-find"));
        finds.getLast().sendKeys("synergy");
        card.findElements(By.cssSelector(".swap-replace")).getLast().sendKeys("working together");

        WebElement mark = browser.shownWith(".draft-preview mark", "synergy");
        assertThat(mark.getText(), containsString("synergy"));
        assertThat(browser.shown(".findings").getText(), containsString("working together"));
        assertThat("nothing saved yet", calls.get("/api/v1/guidelines", USERS.admin()).bodyText(),
                   not(containsString("synergy")));
        screenshots("guidelines-rule-form");

        browser.click("Save");
        WebElement review = browser.shown(".review");
        assertThat(review.getText(), containsString("What changes since version"));
        assertThat(review.getText(), containsString("Changed plain-words: Swaps"));
        browser.click("Save these changes");
        browser.shownWith(".message.ok", "Saved as version");
        assertThat(calls.get("/api/v1/guidelines", USERS.admin()).bodyText(), containsString("working together"));
    }

    @Test
    void anInvalidRuleIsRefusedInPlaceAndNothingIsSaved() {
        signInAsAdmin();
        browser.open(console + "#/guidelines");
        browser.shownWith(".rules-status", "can be used");
        new Select(browser.field("Kind of the new rule")).selectByVisibleText("Pattern");
        browser.click("Add a rule");
        WebElement pattern = browser.field("Pattern (regular expression)");
        pattern.clear();
        pattern.sendKeys("(a+)+b");
        browser.shownWith(".rules-status .message.error", "cannot be used");
        String before = calls.get("/api/v1/guidelines", USERS.admin()).bodyText();

        browser.click("Save");
        WebElement refused = browser.shown("details.rule.invalid");
        assertThat(refused.getAttribute("open"), is("true"));
        assertThat(refused.findElement(By.cssSelector(".field-error")).getText(), containsString("pattern"));
        browser.shownWith(".message.error", "Nothing was saved");
        assertThat(browser.all(".review").stream().noneMatch(WebElement::isDisplayed), is(true));
        assertThat(calls.get("/api/v1/guidelines", USERS.admin()).bodyText(), is(before));
        screenshots("guidelines-refused");
    }

    @Test
    void anOverLongXCaptionIsFlaggedInTheFormAndRefusedByTheApi() {
        signInAsAdmin();
        browser.open(console + "#/library/new");
        browser.type("Title", "Heavy caption");
        browser.type("Link to the content", "https://www.example.com/heavy");
        browser.click("Add a caption");
        new Select(browser.field("Platform")).selectByValue("x");
        browser.type("Text", "漢".repeat(141));

        WebElement preview = browser.shown(".post-preview.x.over");
        assertThat(preview.findElement(By.cssSelector(".count.over")).getText(), containsString("2 over X's limit of 280"));
        assertThat("no LinkedIn preview for an X caption", browser.all(".post-preview.linkedin").stream()
                .noneMatch(WebElement::isDisplayed), is(true));
        screenshots("item-x-over");
        browser.click("Create item");

        WebElement error = browser.shown(".caption-row .field-error");
        assertThat(error.getText(), containsString("too long for X"));
        assertThat(browser.shown(".error-summary").getText(), containsString("too long for X"));
        assertThat(browser.field("Text").getAttribute("aria-invalid"), is("true"));
        assertThat(browser.field("Text").getAttribute("value"), is("漢".repeat(141)));
    }

    @Test
    void fetchDetailsFillsTheFormFromALocalPageAndRefusesLoopbackTargets() {
        PAGES.page("/story", "text/html; charset=utf-8", """
                <html><head><title>Fallback</title><meta property="og:title" content="Our Oulu lab opens">
                <meta property="og:description" content="Forty engineers, one sauna.">
                <meta property="og:image" content="/img/oulu.jpg"></head></html>""");
        PAGES.redirect("/moved", "http://127.0.0.1:9/internal");
        signInAsAdmin();
        browser.open(console + "#/library/new");
        browser.type("Link to the content", PAGES.origin() + "/story");
        browser.click("Fetch details");

        browser.shownWith(".url-row .message.ok", "Filled from the page");
        assertThat(browser.field("Title").getAttribute("value"), is("Our Oulu lab opens"));
        assertThat(browser.field("Summary (optional)").getAttribute("value"), is("Forty engineers, one sauna."));
        assertThat(browser.field("Image link (optional)").getAttribute("value"), is(PAGES.origin() + "/img/oulu.jpg"));

        browser.type("Link to the content", "http://localhost:" + PAGES.port() + "/story");
        browser.click("Fetch details");
        assertThat(browser.shownWith(".field-error", "loopback").getText(), containsString("localhost"));

        browser.type("Link to the content", PAGES.origin() + "/moved");
        browser.click("Fetch details");
        browser.shownWith(".field-error", "127.0.0.1");
        assertThat(browser.field("Title").getAttribute("value"), is("Our Oulu lab opens"));
        screenshots("item-fetch-refused");
    }

    @Test
    void aChallengeMadeInTheConsoleIsTheCurrentOneForAnEmployeeOfTheTeam() {
        String teamName = "Field " + suffix();
        String team = USERS.team(teamName);
        TestUsers.Session employee = USERS.employee(team);
        TestUsers.Session admin = USERS.admin();
        String first = published(admin, "Customer story " + suffix(), List.of());
        String second = published(admin, "Field day " + suffix(), List.of(team));
        signInAsAdmin();
        browser.open(console + "#/challenges");
        new Select(browser.field("For")).selectByVisibleText(teamName);
        browser.type("Message", "Two stories worth sharing this week");
        tick(titleOf(admin, first));
        tick(titleOf(admin, second));
        browser.shownWith(".item-picks", "2 chosen");
        browser.click("Create challenge");

        browser.shownWith(".message.ok", "Created the challenge.");
        WebElement row = browser.shownWith("tbody tr", "Two stories worth sharing this week");
        assertThat(row.getText(), containsString("0 of 1"));
        JsonNode current = calls.get("/api/v1/challenges/current", employee).body().path("challenges");
        JsonNode mine = null;
        for (JsonNode challenge : current) {
            if (challenge.path("teamId").asText().equals(team)) {
                mine = challenge;
            }
        }
        assertThat(current.toString(), mine != null, is(true));
        assertThat(mine.path("message").asText(), is("Two stories worth sharing this week"));
        assertThat(mine.path("items").size(), is(2));
        screenshots("challenges");
    }

    @Test
    void aWebsiteIsRegisteredAndItsSnippetCopied() {
        signInAsAdmin();
        browser.allowClipboard(origin);
        browser.open(console + "#/sites");
        String name = "Careers " + suffix();
        browser.type("Name", name);
        browser.type("Allowed origins", "https://careers.example.com\nhttps://www.example.com/");
        browser.click("Register website");

        WebElement site = browser.shownWith("article.site", name);
        assertThat(site.getText(), containsString("Registered. Put the snippet"));
        JsonNode registered = null;
        for (JsonNode one : calls.get("/api/v1/sites", USERS.admin()).body()) {
            if (one.path("name").asText().equals(name)) {
                registered = one;
            }
        }
        String key = registered.path("key").asText();
        assertThat(registered.path("allowedOrigins").toString(),
                   is("[\"https://careers.example.com\",\"https://www.example.com\"]"));
        site.findElement(By.xpath(".//button[text()='Copy snippet']")).click();
        browser.shownWith("article.site .hint", "Copied.");
        String copied = (String) browser.asyncScript("navigator.clipboard.readText().then(arguments[0]);");
        assertThat(copied, is("<script src=\"" + HERALD.publicUrl().text() + "/snippet/herald.js\" "
                              + "data-site-key=\"" + key + "\" async></script>"));
        screenshots("sites");
    }

    @Test
    void theDashboardChartsTheApisFiguresAndACsvDownloadMatchesItsTable() throws IOException {
        TestUsers.Session admin = USERS.admin();
        String item = published(admin, "Dashboard item " + suffix(), List.of());
        for (String platform : List.of("linkedin", "linkedin", "x")) {
            TestUsers.Session employee = USERS.employee();
            String code = TestLinks.link(calls, employee, item, platform);
            assertThat(calls.post("/api/v1/shares", employee, Map.of(
                    "id", UUID.randomUUID().toString(), "linkCode", code, "platform", platform,
                    "postedAt", Instant.now().minusSeconds(60).toString(), "ownWords", new BigDecimal("0.5"),
                    "findings", Map.of())).status(), is(201));
            calls.get("/r/" + code, ANONYMOUS, HeaderValues.create(HeaderNames.USER_AGENT, "Mozilla/5.0 (X11; "
                    + "Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36"));
        }
        assertThat(HERALD.attribution().clickWriter().flush(Duration.ofSeconds(20)), is(true));
        signInAsAdmin(); // before reading the figures: signing in is in the funnel too
        JsonNode summary = calls.get("/api/v1/analytics/summary", admin).body();
        browser.open(console + "#/dashboard");
        browser.shown("#chart-platforms .u-wrap");
        browser.shown("#chart-time .u-wrap");
        Map<?, ?> time = chart("#chart-time figure");
        Map<?, ?> funnel = chart("#chart-funnel figure");
        Map<?, ?> platforms = chart("#chart-platforms figure");
        JsonNode daily = summary.path("daily");
        List<Long> clicks = new ArrayList<>();
        List<Long> unique = new ArrayList<>();
        List<Long> conversions = new ArrayList<>();
        List<String> days = new ArrayList<>();
        daily.forEach(day -> {
            days.add(day.path("day").asText());
            clicks.add(day.path("clicks").asLong());
            unique.add(day.path("uniqueClicks").asLong());
            conversions.add(day.path("conversions").asLong());
        });
        assertThat(time.get("labels"), is(days));
        assertThat(numbers(time, "clicks"), is(clicks));
        assertThat(numbers(time, "uniqueClicks"), is(unique));
        assertThat(numbers(time, "conversions"), is(conversions));
        assertThat("the seeded clicks are in the series", clicks.stream().mapToLong(Long::longValue).sum() >= 3,
                   is(true));
        JsonNode f = summary.path("funnel");
        assertThat(numbers(funnel, "people"), is(List.of(f.path("invited").asLong(), f.path("activated").asLong(),
                                                         f.path("active").asLong(), f.path("sharers").asLong())));
        List<Long> shares = new ArrayList<>();
        summary.path("platforms").forEach(p -> shares.add(p.path("shares").asLong()));
        assertThat(numbers(platforms, "shares"), is(shares));
        assertThat(shares.stream().mapToLong(Long::longValue).sum() >= 3, is(true));
        screenshots("dashboard");

        WebElement table = browser.shownWith(".table-block", "By platform");
        table.findElement(By.xpath(".//button[text()='Download CSV']")).click();
        List<String> lines = Files.readAllLines(browser.downloaded("platforms_" + summary.path("from").asText() + "_"
                                                                   + summary.path("to").asText() + ".csv"),
                                                StandardCharsets.UTF_8);
        assertThat(lines.getFirst(), is("\uFEFFPlatform,Shares,Clicks,Unique,Bot visits,Conversions"));
        List<WebElement> rows = table.findElements(By.cssSelector("tbody tr"));
        assertThat(lines.size() - 1, is(rows.size()));
        for (int i = 0; i < rows.size(); i++) {
            List<String> cells = rows.get(i).findElements(By.tagName("td")).stream().map(WebElement::getText)
                    .toList();
            assertThat(lines.get(i + 1), is(String.join(",", cells)));
        }
    }

    @Test
    void demotingYourselfAsksAndTheLastAdminIsRefused() {
        signInAsAdmin();
        String me = (String) browser.asyncScript(
                "import('./api.js').then((api) => arguments[0](api.signedInUser().email));");
        TestUsers.Session other = USERS.admin();
        for (JsonNode user : calls.get("/api/v1/users?status=active&size=100", other).body().path("items")) {
            if (user.path("role").asText().equals("admin") && !user.path("email").asText().equals(me)
                && !user.path("id").asText().equals(other.userId())) {
                assertThat(calls.patch("/api/v1/users/" + user.path("id").asText(), other,
                                       Map.of("role", "employee")).status(), is(200));
            }
        }
        assertThat(calls.patch("/api/v1/users/" + other.userId(), other, Map.of("role", "employee")).status(),
                   is(200));

        browser.open(console + "#/people");
        WebElement row = browser.shown("#users tr[data-email='" + me + "']");
        new Select(row.findElement(By.cssSelector("select[aria-label='Role of " + me + "']")))
                .selectByValue("employee");
        browser.script("window.asked = []; window.confirm = (text) => { window.asked.push(text); return false; };");
        row.findElement(By.xpath(".//button[text()='Save']")).click();
        assertThat(browser.script("return window.asked.join();").toString(),
                   containsString("make yourself an employee"));
        assertThat(browser.all("#users .message.error"), is(empty()));

        browser.script("window.confirm = (text) => { window.asked.push(text); return true; };");
        browser.shown("#users tr[data-email='" + me + "']").findElement(By.xpath(".//button[text()='Save']")).click();
        WebElement refused = browser.shownWith("#users .message.error", "last active admin");
        assertThat(refused.getText(), containsString("This cannot be done now"));
        assertThat(browser.shown("#account-name").isDisplayed(), is(true));
        screenshots("people");
    }

    @Test
    void leavingADirtyFormAsksThroughTheMenuAndBack() {
        signInAsAdmin();
        browser.open(console + "#/library/new");
        browser.type("Title", "Half written");
        browser.script("window.asked = 0; window.confirm = () => { window.asked += 1; return false; };");
        browser.shownWith("#nav a", "People").click();
        assertThat(browser.script("return window.asked;"), is(1L));
        assertThat(browser.driver().getCurrentUrl(), containsString("#/library/new"));
        assertThat(browser.field("Title").getAttribute("value"), is("Half written"));

        // Back to the view before the form (the console's first page, whose address has no hash).
        browser.script("history.go(-2);");
        browser.until(d -> ((Long) browser.script("return window.asked;")) == 2L);
        assertThat(browser.field("Title").getAttribute("value"), is("Half written"));
        assertThat("closing the tab asks too", browser.script(
                "const e = new Event('beforeunload', {cancelable: true}); window.dispatchEvent(e); "
                + "return e.defaultPrevented;"), is(true));

        browser.script("window.confirm = () => true;");
        browser.shownWith("#nav a", "People").click();
        browser.shownWith("h1", "People");
    }

    @Test
    void theConsoleInFinnishHasNoEnglishLeftOnAnyView() {
        TestUsers.Session admin = USERS.admin();
        String item = published(admin, "Finnish walk " + suffix(), List.of());
        calls.post("/api/v1/sites", admin, Map.of("name", "Walk site", "allowedOrigins",
                                                   List.of("https://walk.example.com")));
        browser.script("localStorage.setItem('herald.language', 'fi');");
        browser.open(console);
        browser.shown("form.sign-in-form");
        assertFinnish("sign-in");
        signInThroughTheForm("Kirjaudu");
        browser.shown("#nav");
        for (String view : List.of("library", "library/new", "library/" + item, "challenges", "guidelines",
                                   "people", "sites", "dashboard")) {
            browser.open(console + "#/" + view);
            browser.shown(".view h1");
            browser.until(d -> browser.all(".view[aria-busy]").isEmpty());
            if (view.equals("library/new")) {
                browser.script("[...document.querySelectorAll('button')].find((b) => b.textContent === 'Lisää saate')"
                               + ".click();");
                browser.shown(".post-preview .length-meter .count");
            }
            if (view.equals("guidelines")) {
                browser.shown("details.rule summary").click();
                browser.shown(".rules-status .message");
            }
            if (view.equals("dashboard")) {
                browser.shown("#chart-time .u-wrap");
            }
            assertFinnish(view);
            browser.screenshot("fi-" + view.replaceAll("/.*", ""));
        }
    }

    @Test
    void everyPageIsSavedAt1280And800Pixels() {
        TestUsers.Session admin = USERS.admin();
        published(admin, "Screenshot item " + suffix(), List.of());
        screenshots("sign-in");
        signInAsAdmin();
        for (String view : List.of("library", "library/new", "challenges", "guidelines", "people", "sites",
                                   "dashboard")) {
            browser.open(console + "#/" + view);
            browser.shown(".view h1");
            browser.until(d -> browser.all(".view[aria-busy]").isEmpty());
            screenshots("page-" + view.replace('/', '-'));
        }
    }

    /** Every English message of the console, left out of Finnish text: none of them may be on the page. */
    @SuppressWarnings("unchecked")
    private void assertFinnish(String view) {
        List<String> english = (List<String>) browser.asyncScript("""
                const done = arguments[0];
                Promise.all(['en', 'fi'].map((l) => fetch('messages/' + l + '.json').then((r) => r.json())))
                  .then(([en, fi]) => {
                    const fragments = Object.keys(en).filter((k) => en[k] !== fi[k])
                      .flatMap((k) => en[k].split(/\\{\\w+\\}|%s/)).map((f) => f.trim())
                      .filter((f) => f.length >= 5 && /[a-z]/i.test(f));
                    const skip = (el) => el.closest('[translate="no"]')
                      || (el.closest('[lang]') && el.closest('[lang]') !== document.documentElement);
                    const texts = [document.title];
                    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
                    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                      const el = n.parentElement;
                      if (el && !skip(el) && el.closest('noscript') === null && n.textContent.trim()) {
                        if (el.offsetParent !== null || el.tagName === 'OPTION' || el.tagName === 'TITLE') {
                          texts.push(n.textContent);
                        }
                      }
                    }
                    for (const el of document.querySelectorAll('[aria-label], [title], [placeholder]')) {
                      if (!skip(el)) for (const a of ['aria-label', 'title', 'placeholder']) {
                        if (el.getAttribute(a)) texts.push(el.getAttribute(a));
                      }
                    }
                    const page = texts.join('\\n');
                    const escape = (f) => f.replace(/[.*+?^${}()|[\\]\\\\]/g, '\\\\$&');
                    const found = fragments.filter((f) => new RegExp('(?<!\\\\p{L})' + escape(f) + '(?!\\\\p{L})', 'u').test(page));
                    const words = page.match(/\\b(the|and|your|with|this|Save|Delete|Cancel|Sign)\\b/g) || [];
                    done([...new Set([...found, ...words])]);
                  });""");
        assertThat(view + " in Finnish still shows English", english, is(empty()));
        assertThat(browser.script("return document.documentElement.lang;"), is("fi"));
    }

    private Map<?, ?> chart(String figure) {
        return (Map<?, ?>) browser.asyncScript("""
                const done = arguments[arguments.length - 1];
                import('./charts.js').then((c) => done(c.chartData(document.querySelector(arguments[0]))));""",
                                               figure);
    }

    private static List<Long> numbers(Map<?, ?> chart, String series) {
        return ((List<?>) ((Map<?, ?>) chart.get("series")).get(series)).stream()
                .map(n -> ((Number) n).longValue()).toList();
    }

    private WebElement rule(String id) {
        return browser.shownWith("details.rule summary", id);
    }

    private void tick(String title) {
        browser.shownWith(".item-picks .check", title).findElement(By.tagName("input")).click();
    }

    private String titleOf(TestUsers.Session admin, String id) {
        return calls.get("/api/v1/content/" + id, admin).text("title");
    }

    private String published(TestUsers.Session admin, String title, List<String> teams) {
        Reply reply = calls.post("/api/v1/content", admin, Map.of(
                "title", title, "canonicalUrl", "https://www.example.com/" + suffix(), "status", "published",
                "publishAt", Instant.now().minus(Duration.ofDays(1)).toString(), "targetTeams", teams,
                "captions", List.of(Map.of("text", "Read this", "platform", "any", "language", "en"))));
        assertThat(reply.toString(), reply.status(), is(201));
        return reply.text("id");
    }

    /** The page at 1280 and at 800 px wide. */
    private void screenshots(String name) {
        browser.screenshot(name + "-1280");
        browser.resize(800, 900);
        browser.screenshot(name + "-800");
        browser.resize(1280, 900);
    }

    private void signInAsAdmin() {
        signInThroughTheForm("Sign in");
        browser.shownWith("h1", "Library");
    }

    private void signInThroughTheForm(String button) {
        String email = "admin-" + suffix() + "@example.com";
        String code = HERALD.auth().invites().invite(Optional.empty(), new InviteRequest(email, Role.ADMIN, null)).code();
        browser.script("""
                const [code, name] = [arguments[0], arguments[1]];
                const inputs = document.querySelectorAll('form.sign-in-form input');
                inputs[0].value = code; inputs[1].value = name;""", code, "Ann Admin");
        browser.click(button);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
