package io.herald.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium for browser tests (the admin console, the conversion snippet): Debian's {@code chromium} and {@code chromedriver}, at fixed
 * paths, with Selenium Manager kept out of it so a test run never downloads a browser or a driver.
 *
 * <p>With the system property {@code herald.console.screenshots} set to a folder, {@link #screenshot} saves PNGs
 * there (to look at the views during development; they are never part of the repository).
 */
public final class TestBrowser implements AutoCloseable {
    private static final Path CHROMIUM = Path.of(System.getProperty("herald.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("herald.chromedriver",
                                                                        "/usr/bin/chromedriver"));
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private final ChromeDriver driver;
    private final Path profile;
    private final Path downloads;
    private final WebDriverWait wait;

    private TestBrowser(ChromeDriver driver, Path profile, Path downloads) {
        this.driver = driver;
        this.profile = profile;
        this.downloads = downloads;
        // Views redraw themselves as replies arrive, so an element found a moment ago may be replaced: look again.
        this.wait = (WebDriverWait) new WebDriverWait(driver, PATIENCE)
                .pollingEvery(Duration.ofMillis(50))
                .ignoring(StaleElementReferenceException.class);
    }

    /** Starts Chromium with a fresh profile and a window of {@code width} × {@code height} CSS pixels. */
    public static TestBrowser start(int width, int height) {
        return start(width, height, Optional.empty());
    }

    /** The same, presenting {@code userAgent} (a redirect test must look like a person, not like headless Chrome). */
    public static TestBrowser start(int width, int height, Optional<String> userAgent) {
        for (Path tool : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(tool)) {
                throw new IllegalStateException(tool + " is missing: browser tests need Debian's Chromium "
                                                + "(apt-get install -y chromium chromium-driver; .ci/run does it).");
            }
        }
        // An explicit driver and browser: Selenium then has nothing to look up, and never runs Selenium Manager.
        System.clearProperty("SE_MANAGER_PATH");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        Path profile = tempDir();
        Path downloads = profile.resolve("downloads");
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                              "--no-first-run", "--disable-background-networking", "--disable-component-update",
                              "--disable-sync", "--user-data-dir=" + profile,
                              "--window-size=" + width + "," + height);
        userAgent.ifPresent(agent -> options.addArguments("--user-agent=" + agent));
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        // Downloads (the console's CSV files) land in the profile, without asking.
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                                                      "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath",
                                                                       downloads.toString()));
        return new TestBrowser(driver, profile, downloads);
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String url) {
        driver.get(url);
    }

    /** Waits until an element matching {@code css} is displayed, and returns it. */
    public WebElement shown(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /** Waits until an element matching {@code css} that contains {@code text} is displayed, and returns it. */
    public WebElement shownWith(String css, String text) {
        return wait.until(d -> d.findElements(By.cssSelector(css)).stream()
                .filter(el -> el.isDisplayed() && el.getText().contains(text))
                .findFirst()
                .orElse(null));
    }

    /** Waits until nothing matching {@code css} is displayed. */
    public void gone(String css) {
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(css)));
    }

    public <T> T until(Function<WebDriver, T> condition) {
        return wait.until(condition);
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** The form control labelled {@code label} (a {@code <label for>}), found the way a screen reader finds it. */
    public WebElement field(String label) {
        return wait.until(d -> d.findElements(By.tagName("label")).stream()
                .filter(el -> el.isDisplayed() && el.getText().strip().equals(label) && !el.getAttribute("for").isEmpty())
                .findFirst()
                .map(el -> d.findElement(By.id(el.getAttribute("for"))))
                .orElse(null));
    }

    /** Types into the control labelled {@code label}, replacing what it held. */
    public void type(String label, String text) {
        WebElement field = field(label);
        field.clear();
        field.sendKeys(text);
    }

    /** Clicks the displayed button whose text is {@code text}. */
    public void click(String text) {
        wait.until(d -> d.findElements(By.cssSelector("button, a.button")).stream()
                .filter(el -> el.isDisplayed() && el.isEnabled() && el.getText().strip().equals(text))
                .findFirst()
                .orElse(null)).click();
    }

    /** Lets pages of {@code origin} write and read the clipboard, as a person clicking "Copy" would allow. */
    public void allowClipboard(String origin) {
        driver.executeCdpCommand("Browser.grantPermissions", Map.of(
                "origin", origin, "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
    }

    /** The file named {@code name} once it has been downloaded completely. */
    public Path downloaded(String name) {
        Path file = downloads.resolve(name);
        wait.until(d -> Files.exists(file) && !Files.exists(downloads.resolve(name + ".crdownload")));
        return file;
    }

    /** Runs an async script: its last argument is the callback that ends it with a value. */
    public Object asyncScript(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeAsyncScript(script, args);
    }

    public Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /**
     * The errors the page logged since the last call: uncaught exceptions, refused scripts and styles (the
     * Content-Security-Policy). Chromium also logs every 4xx reply as "Failed to load resource"; those are the API
     * answering, which the tests provoke on purpose, so they are left out.
     */
    public List<String> errors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(message -> !message.contains("Failed to load resource"))
                .toList();
    }

    /** Form controls on the page that are displayed but have no label (nor aria-label), by their outer HTML. */
    @SuppressWarnings("unchecked")
    public List<String> unlabelledControls() {
        return (List<String>) script("""
                return [...document.querySelectorAll('input, select, textarea')]
                    .filter((el) => el.offsetParent !== null && el.labels.length === 0
                                    && !el.getAttribute('aria-label'))
                    .map((el) => el.outerHTML);""");
    }

    public void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /**
     * Saves a screenshot of the whole page as {@code <name>.png} when {@code herald.console.screenshots} names a
     * folder; does nothing otherwise.
     */
    public void screenshot(String name) {
        String folder = System.getProperty("herald.console.screenshots", "");
        if (folder.isEmpty()) {
            return;
        }
        Dimension window = driver.manage().window().getSize();
        long height = (Long) script("return document.documentElement.scrollHeight;");
        try {
            resize(window.getWidth(), (int) Math.max(window.getHeight(), height + 150));
            Path target = Files.createDirectories(Path.of(folder)).resolve(name + ".png");
            Files.write(target, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            resize(window.getWidth(), window.getHeight());
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            delete(profile);
        }
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("herald-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
