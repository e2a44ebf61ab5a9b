package io.herald.extension.product;

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
    final FixtureBrowser browser;
    final Employee employee;

    private Programme(HeraldApi api, FixtureBrowser browser) {
        this.api = api;
        this.browser = browser;
        admin = Admin.first(api);
        officeId = admin.publish("Our new Helsinki office", OFFICE_URL, OFFICE_CAPTION, true);
        markupId = admin.publish(MARKUP, "https://www.example.com/news/markup", MARKUP + " <b>caption</b>", false);
        employee = new Employee(browser.chromium());
    }

    static Programme start() {
        HeraldApi api = HeraldApi.start();
        try {
            return new Programme(api, FixtureBrowser.withExtension(EXTENSION));
        } catch (RuntimeException | Error e) {
            api.close();
            throw e;
        }
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
