package io.herald.extension.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The machine's own Chromium and ChromeDriver (Debian's {@code chromium} and {@code chromium-driver}), headless. Both
 * paths are given to Selenium, so Selenium Manager never runs and nothing is downloaded; the flags keep Chromium from
 * reaching out to the network (this machine has none beyond its package registries).
 *
 * <p>{@link #start()} is a plain browser with a fresh profile. {@link #builder()} adds an unpacked extension, a
 * profile folder that outlives the browser (to restart on it), and the host resolver rules that send
 * {@code x.com}, {@code twitter.com} and {@code www.linkedin.com} to a loopback fixture server over HTTPS.
 */
public final class HeadlessChromium implements AutoCloseable {

    public static final Path BROWSER = Path.of(System.getProperty("herald.chromium", "/usr/bin/chromium"));
    public static final Path DRIVER = Path.of(System.getProperty("herald.chromedriver", "/usr/bin/chromedriver"));

    /** The hosts {@link Builder#sitesAt(int)} sends to loopback: the sites whose composers the extension helps in. */
    public static final List<String> SITE_HOSTS = List.of("x.com", "twitter.com", "www.linkedin.com");

    /** How often {@link #waitFor} asks again: Selenium's default of 500 ms would add up over a suite. */
    private static final Duration POLL = Duration.ofMillis(25);

    private final Path profile;
    private final boolean ownsProfile;
    private final ChromeDriverService service;
    private final ChromeDriver driver;
    private final Optional<UnpackedExtension> extension;
    private DevToolsConnection devTools;

    private HeadlessChromium(Builder builder, Path profile, ChromeDriverService service, ChromeDriver driver) {
        this.profile = profile;
        this.ownsProfile = builder.profile == null;
        this.service = service;
        this.driver = driver;
        this.extension = Optional.ofNullable(builder.extension).map(folder -> new UnpackedExtension(this, folder));
    }

    /** Starts a plain Chromium with a fresh profile, or fails with what to install when the machine has none. */
    public static HeadlessChromium start() {
        return builder().start();
    }

    /** A Chromium with an extension, a kept profile or the fixture sites; {@link Builder#start()} starts it. */
    public static Builder builder() {
        return new Builder();
    }

    /** What to start Chromium with. */
    public static final class Builder {

        private Path extension;
        private Path profile;
        private int sitesPort;

        private Builder() {
        }

        /**
         * Loads the unpacked extension in {@code folder} (the one holding manifest.json) and no other:
         * {@code --load-extension} and {@code --disable-extensions-except}.
         */
        public Builder extension(Path folder) {
            if (!Files.isRegularFile(folder.resolve("manifest.json"))) {
                throw new IllegalArgumentException("no manifest.json in " + folder);
            }
            this.extension = UnpackedExtension.canonical(folder);
            return this;
        }

        /**
         * Uses {@code folder} as the profile (created if missing) and leaves it in place on {@link #close()}, so a
         * test can start Chromium again on it: the extension's {@code chrome.storage} and the sites' cookies survive.
         * Without this, each start has a fresh profile that is deleted on close.
         */
        public Builder profile(Path folder) {
            this.profile = folder.toAbsolutePath();
            return this;
        }

        /**
         * Resolves {@link #SITE_HOSTS} to {@code 127.0.0.1:port} (every other host resolves as usual, which here
         * means not at all) and accepts any certificate, so {@code https://x.com/home} reaches a loopback HTTPS
         * server with a self-signed certificate while the URL, and so the extension's match patterns, stay the
         * real ones.
         */
        public Builder sitesAt(int port) {
            this.sitesPort = port;
            return this;
        }

        /** Starts Chromium, or fails with what to install when the machine has no Chromium or ChromeDriver. */
        public HeadlessChromium start() {
            requireExecutable(BROWSER, "Chromium");
            requireExecutable(DRIVER, "ChromeDriver");
            // Selenium also reads this property before it would ever ask Selenium Manager for a driver.
            System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, DRIVER.toString());
            Path folder = profile != null ? createFolder(profile) : freshProfile();
            ChromeOptions options = new ChromeOptions();
            options.setBinary(BROWSER.toFile());
            // --headless is the new headless mode (the full browser without a window), which runs extensions.
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--disable-quic", "--window-size=1280,1000", "--user-data-dir=" + folder);
            if (extension != null) {
                options.addArguments("--load-extension=" + extension, "--disable-extensions-except=" + extension);
            }
            if (sitesPort != 0) {
                String target = "127.0.0.1:" + sitesPort;
                options.addArguments("--host-resolver-rules=" + SITE_HOSTS.stream()
                        .map(host -> "MAP " + host + " " + target)
                        .collect(Collectors.joining(", ")), "--ignore-certificate-errors");
            }
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(DRIVER.toFile())
                    .usingAnyFreePort()
                    .build();
            return new HeadlessChromium(this, folder, service, new ChromeDriver(service, options));
        }

        private static Path freshProfile() {
            try {
                return Files.createTempDirectory("herald-chromium-");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create a Chromium profile folder", e);
            }
        }

        private static Path createFolder(Path folder) {
            try {
                return Files.createDirectories(folder);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create the Chromium profile folder " + folder, e);
            }
        }
    }

    private static void requireExecutable(Path path, String what) {
        if (!Files.isExecutable(path)) {
            throw new IllegalStateException(what + " is not installed at " + path + ". The browser tests run the"
                    + " TeaVM-compiled engine in the machine's own headless Chromium; install it with"
                    + " `apt-get install -y chromium chromium-driver` (what .ci/run does), or point"
                    + " -Dherald.chromium and -Dherald.chromedriver at another Chromium and its ChromeDriver.");
        }
    }

    /** The WebDriver, for everything the helpers here do not cover. */
    public ChromeDriver driver() {
        return driver;
    }

    /** The extension loaded with {@link Builder#extension(Path)}; fails when none was. */
    public UnpackedExtension extension() {
        return extension.orElseThrow(() -> new IllegalStateException("Chromium was started without an extension"));
    }

    /** Opens {@code url} and waits for the page to load. */
    public void get(String url) {
        driver.get(url);
    }

    /** Runs {@code script} in the current page (the page's own world, not a content script's) and returns its value. */
    public Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Waits until {@code script} returns a truthy value in the current page, then returns that value. */
    public Object waitFor(String script, Duration timeout) {
        return new WebDriverWait(driver, timeout, POLL).withMessage(() -> "waited " + timeout + " for `" + script
                        + "`\n" + diagnostics())
                .until(d -> {
                    Object value = ((JavascriptExecutor) d).executeScript(script);
                    return value == null || Boolean.FALSE.equals(value) ? null : value;
                });
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

    /**
     * What pages (and the content scripts in them) printed to the console since the last call, and the errors
     * Chromium reported for them (a failed request, an uncaught exception), one line each. The service worker's
     * console is not here: see {@link UnpackedExtension#evaluateInServiceWorker(String)}.
     */
    public List<String> consoleLogs() {
        List<String> lines = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            lines.add(entry.getLevel() + " " + entry.getMessage());
        }
        return lines;
    }

    /** The current page's address and its console, for the message of a failed assertion. */
    public String diagnostics() {
        String url;
        try {
            url = driver.getCurrentUrl();
        } catch (RuntimeException e) {
            url = "(unknown: " + e.getMessage() + ")";
        }
        List<String> logs = consoleLogs();
        return "page: " + url + "\nconsole:" + (logs.isEmpty() ? " (empty)" : "\n  " + String.join("\n  ", logs));
    }

    /** The browser's version, as the driver reports it. */
    public String version() {
        return String.valueOf(driver.getCapabilities().getBrowserVersion());
    }

    /** The profile folder; deleted on close unless given with {@link Builder#profile(Path)}. */
    public Path profile() {
        return profile;
    }

    /** A DevTools connection to the whole browser (its targets: pages, service workers), opened on first use. */
    synchronized DevToolsConnection devTools() {
        if (devTools == null) {
            Object endpoint = driver.getCapabilities().getCapability("se:cdp");
            if (endpoint == null) {
                throw new IllegalStateException("ChromeDriver reported no DevTools endpoint (se:cdp)");
            }
            devTools = DevToolsConnection.open(URI.create(endpoint.toString()));
        }
        return devTools;
    }

    @Override
    public void close() {
        try {
            synchronized (this) {
                if (devTools != null) {
                    devTools.close();
                }
            }
            driver.quit();
        } finally {
            service.stop();
            if (ownsProfile) {
                deleteProfile();
            }
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
