package dev.corroborate.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corroborate.app.cli.Main;
import dev.corroborate.io.store.ArticleStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's headless chromium driven through its chromedriver, watching for script that should not
 * run: {@code alert}, {@code confirm} and {@code prompt} are replaced before any page script by
 * recorders, real dialogs are looked for, console errors (a CSP violation, a failed load of an
 * injected image) are read, and the DOM is searched for injected elements and event handlers. The
 * tests skip, saying why, on a machine without chromium and chromedriver; {@code .ci/run} installs them.
 */
final class Browser implements AutoCloseable {

    private static final String RECORDER = "window.__fired = [];"
            + "['alert', 'confirm', 'prompt', 'print'].forEach(function (n) {"
            + "  window[n] = function (m) { window.__fired.push(n + ': ' + m); }; });";
    private static final String INJECTED = "return Array.from(document.querySelectorAll("
            + "'script:not([src=\"/static/app.js\"]), iframe, object, embed, base, meta[http-equiv], link:not([href=\"/static/style.css\"]):not([rel=\"icon\"]), style, "
            + "[onerror], [onload], [onclick], [onmouseover], [onfocus], [ontoggle], [onbegin], [onblur], [onstart], "
            + "a[href^=\"javascript\" i], form[action^=\"javascript\" i]')).map(function (e) { return e.outerHTML.slice(0, 120); });";

    final ChromeDriver driver;
    final String base;

    private Browser(ChromeDriver driver, String base) {
        this.driver = driver;
        this.base = base;
    }

    /** A browser on {@code base} ("http://127.0.0.1:port"); the test is skipped when none is installed. */
    static Browser open(String base) {
        assumeInstalled();
        Path chromium = firstExisting("CHROMIUM_BINARY", "/usr/bin/chromium", "/usr/bin/chromium-browser");
        Path driverBinary = firstExisting("CHROMEDRIVER", "/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1200,850", "--hide-scrollbars", "--force-device-scale-factor=1");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driverBinary.toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORDER));
        return new Browser(driver, base);
    }

    /** Skips the test, saying why, when chromium or chromedriver is missing. */
    static void assumeInstalled() {
        Assumptions.assumeTrue(firstExisting("CHROMIUM_BINARY", "/usr/bin/chromium", "/usr/bin/chromium-browser") != null
                        && firstExisting("CHROMEDRIVER", "/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver") != null,
                "Browser tests skipped: chromium and chromedriver are not installed "
                        + "(apt-get install -y chromium chromium-driver; .ci/run installs them in CI)");
    }

    private static Path firstExisting(String env, String... candidates) {
        String configured = System.getenv(env);
        for (String candidate : configured == null ? List.of(candidates) : List.of(configured)) {
            Path path = Path.of(candidate);
            if (Files.isExecutable(path)) {
                return path;
            }
        }
        return null;
    }

    /** A store analysed from {@code input}, served read-only, and a browser on it; closed in reverse order. */
    record Served(ArticleStore store, WebServer server, Browser browser) implements AutoCloseable {

        static Served analyse(Path dataDir, Path input) {
            assumeInstalled();
            assertThat(Main.run("analyze", "--data", dataDir.toString(), input.toString())).isZero();
            ArticleStore store = ArticleStore.openForReading(dataDir);
            WebServer server = WebServer.start(store.dataDir(), "127.0.0.1", 0);
            try {
                return new Served(store, server, Browser.open("http://127.0.0.1:" + server.port()));
            } catch (RuntimeException | Error e) { // no browser here: the test is skipped, nothing left open
                server.close();
                store.close();
                throw e;
            }
        }

        @Override
        public void close() {
            browser.close();
            server.close();
            store.close();
        }
    }

    void go(String path) {
        driver.get(base + path);
    }

    /** Waits (up to 10 s) for a navigation to a URL holding {@code part}. */
    void waitForUrl(String part) {
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(10))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.urlContains(part));
    }

    /** Fails when the page ran or holds anything of an attacker's: a dialog, a recorded call, an injected element, a console error. */
    void assertNothingRan(String where) {
        assertNothingRan(where, false);
    }

    /** {@link #assertNothingRan}, on a page served with an error status (which the console reports: not counted). */
    void assertNothingRanOnAnErrorPage(String where) {
        assertNothingRan(where, true);
    }

    private void assertNothingRan(String where, boolean errorPage) {
        try {
            String text = driver.switchTo().alert().getText();
            throw new AssertionError(where + ": a dialog opened: " + text);
        } catch (NoAlertPresentException expected) {
            // the dialog functions are recorders: a dialog would be a real one, and none is open
        }
        // one round trip: the dialogs called, then the injected elements
        List<?> found = (List<?>) driver.executeScript("return (window.__fired || []).concat((function () { "
                + INJECTED + " })());");
        assertThat(found).as(where + ": dialogs called or elements injected").isEmpty();
        String page = driver.getCurrentUrl();
        List<String> errors = consoleErrors().stream()
                .filter(e -> !(errorPage && e.startsWith(page + " - Failed to load resource: the server responded with a status of 4")))
                .toList();
        assertThat(errors).as(where + ": console errors").isEmpty();
    }

    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
                .map(LogEntry::getMessage).toList();
    }

    /** A screenshot of the whole window into {@code folder/name.png}. */
    void screenshot(Path folder, String name) {
        write(folder, name, driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    }

    /** A screenshot of one element, scrolled into view ({@code block}: start, center...), into {@code folder/name.png}. */
    void screenshot(Path folder, String name, org.openqa.selenium.WebElement element, String block) {
        driver.executeScript("arguments[0].scrollIntoView({block: arguments[1]});", element, block);
        write(folder, name, element.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    }

    private static void write(Path folder, String name, byte[] png) {
        try {
            Files.createDirectories(folder);
            Files.write(folder.resolve(name + ".png"), png);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Stream<String> lines(Path file) {
        try {
            return Files.readAllLines(file).stream().filter(l -> !l.isBlank());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
