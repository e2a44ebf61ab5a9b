package io.herald.extension.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The machine's own Chromium and ChromeDriver (Debian's {@code chromium} and {@code chromium-driver}), headless, with
 * a fresh profile. Both paths are given to Selenium, so Selenium Manager never runs and nothing is downloaded; the
 * flags keep Chromium from reaching out to the network (this machine has none beyond its package registries).
 */
public final class HeadlessChromium implements AutoCloseable {

    public static final Path BROWSER = Path.of(System.getProperty("herald.chromium", "/usr/bin/chromium"));
    public static final Path DRIVER = Path.of(System.getProperty("herald.chromedriver", "/usr/bin/chromedriver"));

    private final Path profile;
    private final ChromeDriverService service;
    private final WebDriver driver;

    private HeadlessChromium(Path profile, ChromeDriverService service, WebDriver driver) {
        this.profile = profile;
        this.service = service;
        this.driver = driver;
    }

    /** Starts Chromium, or fails with what to install when the machine has no Chromium or ChromeDriver. */
    public static HeadlessChromium start() {
        requireExecutable(BROWSER, "Chromium");
        requireExecutable(DRIVER, "ChromeDriver");
        // Selenium also reads this property before it would ever ask Selenium Manager for a driver.
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, DRIVER.toString());
        Path profile;
        try {
            profile = Files.createTempDirectory("herald-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a Chromium profile folder", e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-quic", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        return new HeadlessChromium(profile, service, new ChromeDriver(service, options));
    }

    private static void requireExecutable(Path path, String what) {
        if (!Files.isExecutable(path)) {
            throw new IllegalStateException(what + " is not installed at " + path + ". The browser tests run the"
                    + " TeaVM-compiled engine in the machine's own headless Chromium; install it with"
                    + " `apt-get install -y chromium chromium-driver` (what .ci/run does), or point"
                    + " -Dherald.chromium and -Dherald.chromedriver at another Chromium and its ChromeDriver.");
        }
    }

    /** Opens {@code url} and waits until an element with one of the given ids appears, then returns it. */
    public Outcome open(String url, Duration timeout, String... ids) {
        driver.get(url);
        WebElement element = new WebDriverWait(driver, timeout).until(d -> {
            for (String id : ids) {
                var found = d.findElements(By.id(id));
                if (!found.isEmpty()) {
                    return found.get(0);
                }
            }
            return null;
        });
        return new Outcome(element.getAttribute("id"), element.getAttribute("textContent"));
    }

    /** What a page printed: the id of the element it wrote and that element's text. */
    public record Outcome(String id, String text) {
    }

    /** The browser's version, as the driver reports it. */
    public String version() {
        return String.valueOf(((ChromeDriver) driver).getCapabilities().getBrowserVersion());
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            deleteProfile();
        }
    }

    private void deleteProfile() {
        try (Stream<Path> paths = Files.walk(profile)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the Chromium profile " + profile, e);
        }
    }
}
