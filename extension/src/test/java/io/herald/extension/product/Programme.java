package io.herald.extension.product;

import io.herald.extension.browser.HeadlessChromium;
import io.herald.extension.fixtures.FixtureBrowser;
import java.nio.file.Path;

/**
 * What the browser tests start from: a Herald install with an admin, two published items (one featured, one whose
 * title and caption are markup), an invited employee, and Chromium with the built extension and the fixture sites.
 */
final class Programme implements AutoCloseable {

    static final Path EXTENSION = Path.of(System.getProperty("herald.webextension", "target/webextension"));
    static final String EMAIL = "emma@example.com";
    static final String OFFICE_URL = "https://www.example.com/news/helsinki-office";
    static final String OFFICE_CAPTION = "We just opened our new Helsinki office! Come say hi.";
    static final String MARKUP = "<img src=x onerror=alert(1)>";

    final HeraldApi api;
    final Admin admin;
    final String officeId;
    final String markupId;
    /** The browser's profile folder when it outlives the browser (restart tests), else null. */
    private final Path profile;
    FixtureBrowser browser;
    Employee employee;

    private Programme(HeraldApi api, Path profile) {
        this.api = api;
        this.profile = profile;
        admin = Admin.first(api);
        officeId = admin.publish("Our new Helsinki office", OFFICE_URL, OFFICE_CAPTION, true);
        markupId = admin.publish(MARKUP, "https://www.example.com/news/markup", MARKUP + " <b>caption</b>", false);
        startBrowser();
    }

    /** A new install and a browser with a fresh profile. */
    static Programme start() {
        return start(null);
    }

    /** A new install and a browser whose profile stays in {@code profile} across {@link #restartBrowser()}. */
    static Programme start(Path profile) {
        return start(profile, java.util.Map.of());
    }

    /** A new install configured with {@code settings}, and a browser (its profile kept in {@code profile} if given). */
    static Programme start(Path profile, java.util.Map<String, String> settings) {
        HeraldApi api = HeraldApi.start(settings);
        try {
            return new Programme(api, profile);
        } catch (RuntimeException | Error e) {
            api.close();
            throw e;
        }
    }

    private void startBrowser() {
        HeadlessChromium.Builder builder = HeadlessChromium.builder().extension(EXTENSION);
        browser = FixtureBrowser.start(profile == null ? builder : builder.profile(profile));
        employee = new Employee(browser.chromium());
    }

    /** Closes the browser and starts it again on the same profile, as a person quitting and reopening it. */
    void restartBrowser() {
        if (profile == null) {
            throw new IllegalStateException("a restart keeps the profile: start the programme with one");
        }
        browser.close();
        startBrowser();
    }

    /** Signs the employee in through the options page with a fresh invite code. */
    Programme signedIn() {
        employee.signIn(api.url(), admin.invite(EMAIL), "Emma Employee");
        if (!employee.signedIn()) {
            throw new AssertionError("could not sign in:\n" + browser.chromium().diagnostics());
        }
        return this;
    }

    AssistantPanel panel() {
        return new AssistantPanel(browser.chromium());
    }

    @Override
    public void close() {
        try {
            browser.close();
        } finally {
            api.close();
        }
    }
}
