package io.herald.extension.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.herald.extension.browser.FirefoxLoad;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The same build that Chromium loads installs in Firefox, and its background script starts there without an error. */
class FirefoxLoadTest {

    @Test
    void firefoxInstallsTheExtensionAndItsScriptsThrowNothing() {
        FirefoxLoad.Outcome outcome = FirefoxLoad.load(ManifestTest.EXTENSION, Duration.ofSeconds(4));
        String output = String.join("\n", outcome.output().subList(Math.max(0, outcome.output().size() - 40),
                outcome.output().size()));
        assertTrue(outcome.installed(), "Firefox did not install it:\n" + output);
        assertEquals(List.of(), outcome.extensionErrors());
    }
}
