package ru.gramota.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through the system chromedriver (scripts/install-browser.sh
 * installs both): signs in through the real form, clicks, waits, and saves screenshots of the
 * screens under docs/screenshots for the README.
 */
final class Browser implements AutoCloseable {

    static final Path DOWNLOADS = Path.of(System.getProperty("java.io.tmpdir"), "gramota-it-downloads");

    /** Where the tests' pages come from: Gramota and the OpenID provider ({@link Keycloak}). */
    private static final List<String> ORIGINS = List.of(
            origin(ServerEndpoints.application("/")),
            "http://localhost:" + Integer.getInteger("gramota.it.keycloak.port", 18080));

    /**
     * Chromium takes seconds to start on the 2-core test machine, so a closed browser is kept for the
     * next test of the run, per window size, once it has forgotten everything of the last one ({@link
     * #close()}); the shutdown hook quits them at the end of the run.
     */
    private static final Map<Dimension, Deque<ChromeDriver>> IDLE = new HashMap<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(Browser::quitIdle, "quit-idle-browsers"));
    }

    private final ChromeDriver driver;
    private final Dimension size;

    private Browser(int width, int height) {
        size = new Dimension(width, height);
        driver = idle(size).orElseGet(() -> start(size));
        driver.manage().window().setSize(size);
    }

    private static ChromeDriver start(Dimension size) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",
                "--lang=ru-RU",
                "--window-size=" + size.getWidth() + "," + size.getHeight());
        options.setExperimentalOption(
                "prefs",
                Map.of(
                        "download.default_directory", DOWNLOADS.toString(),
                        "download.prompt_for_download", false,
                        "plugins.always_open_pdf_externally", true));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
                .build();
        return new ChromeDriver(service, options);
    }

    private static synchronized Optional<ChromeDriver> idle(Dimension size) {
        return Optional.ofNullable(IDLE.getOrDefault(size, new ArrayDeque<>()).pollFirst());
    }

    private static synchronized void keep(Dimension size, ChromeDriver driver) {
        IDLE.computeIfAbsent(size, s -> new ArrayDeque<>()).addFirst(driver);
    }

    private static synchronized void quitIdle() {
        IDLE.values().forEach(drivers -> drivers.forEach(ChromeDriver::quit));
        IDLE.clear();
    }

    /** A desktop of 1366×768, the size the clerks' screens have. */
    static Browser desktop() {
        return new Browser(1366, 768);
    }

    /** A phone's width. */
    static Browser phone() {
        return new Browser(390, 844);
    }

    Browser open(String path) {
        driver.get(ServerEndpoints.application(path).toString());
        return this;
    }

    Browser signIn(String username, String password) {
        open("/login.xhtml");
        type("username", username);
        type("password", password);
        click("submit");
        waitFor(By.id("user"));
        return this;
    }

    void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    void click(String id) {
        driver.findElement(By.id(id)).click();
    }

    /**
     * Waits for the element to be shown. When it is not, the failure says what the page shows instead
     * and a screenshot of it is saved under {@code it/target/browser-failures/}.
     */
    WebElement waitFor(By locator) {
        try {
            // While the browser replaces one page with the next, an element found in the old one may be
            // gone before it is asked about (stale, or "node does not belong to the document"): look again.
            return await().ignoring(WebDriverException.class)
                    .until(ExpectedConditions.visibilityOfElementLocated(locator));
        } catch (TimeoutException e) {
            throw new AssertionError(
                    "Not shown: " + locator + "; " + driver.getCurrentUrl() + " shows:\n"
                            + driver.findElement(By.tagName("body")).getText() + "\n(screenshot: " + failureScreenshot()
                            + ")",
                    e);
        }
    }

    private Path failureScreenshot() {
        Path target = Path.of(
                System.getProperty("gramota.it.failures", "target/browser-failures"),
                "failure-" + System.currentTimeMillis() + ".png");
        try {
            Files.createDirectories(target.getParent());
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            return Path.of("not saved: " + e.getMessage());
        }
        return target.toAbsolutePath();
    }

    /**
     * Waits until the page a click led to has loaded and its scripts have run: PrimeFaces binds its
     * widgets (a tree's arrows, a menu) only then, and a click before it does nothing.
     */
    Browser waitForPage() {
        await().until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        return this;
    }

    /**
     * The error shown under an input (in the same field of the form), once there is one. The form is
     * re-rendered by Ajax meanwhile: an element found may be gone a moment later.
     */
    String errorUnder(String input) {
        By error = By.xpath("//*[@id='" + input + "']/ancestor::div[contains(@class, 'field')][1]"
                + "//*[contains(@class, 'ui-message')]");
        return await().ignoring(StaleElementReferenceException.class).until(d -> {
            String text = d.findElement(error).getText();
            return text.isBlank() ? null : text;
        });
    }

    /**
     * Picks the option of a PrimeFaces select menu whose label starts with {@code label}, as a person
     * does: open the list, wait until it has slid open (a click while it moves can miss), click the
     * option, and wait until the list has closed.
     */
    void choose(String menu, String label) {
        click(menu);
        WebDriverWait wait = await();
        wait.until(ExpectedConditions.attributeContains(
                By.id(menu + "_panel"), "class", "ui-connected-overlay-enter-done"));
        waitFor(By.xpath("//*[@id='" + menu + "_panel']//li[starts-with(normalize-space(.), '" + label + "')]"))
                .click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id(menu + "_panel")));
    }

    /**
     * Types a date into a date picker's field and leaves it with Tab, as a clerk does: the calendar
     * that opened on focus closes instead of taking the keys meant for the next field.
     */
    void typeDate(String picker, String date) {
        waitFor(By.id(picker + "_input")).sendKeys(date, Keys.TAB);
        await().until(ExpectedConditions.invisibilityOfElementLocated(By.id(picker + "_panel")));
    }

    /**
     * A wait of up to 20 s that looks every 50 ms: Selenium's default of 500 ms made every wait that
     * was not over at once last half a second, seconds per test class.
     */
    WebDriverWait await() {
        return new WebDriverWait(driver, Duration.ofSeconds(20), Duration.ofMillis(50));
    }

    WebElement find(By locator) {
        return driver.findElement(locator);
    }

    WebDriver driver() {
        return driver;
    }

    /** Fails if the page is wider than the window: nothing may need scrolling sideways. */
    void assertFitsTheScreen() {
        Object overflow = driver.executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
        if (((Number) overflow).intValue() > 0) {
            throw new AssertionError(driver.getCurrentUrl() + " scrolls sideways by " + overflow + " px");
        }
    }

    private static String origin(URI page) {
        return page.getScheme() + "://" + page.getHost() + ":" + page.getPort();
    }

    /** Scrolls back to the top of the page, for a screenshot of its beginning. */
    Browser scrollToTop() {
        driver.executeScript("window.scrollTo(0, 0)");
        return this;
    }

    /** Saves what the browser shows as docs/screenshots/{name}.png. */
    void screenshot(String name) {
        Path target = Path.of(System.getProperty("gramota.it.screenshots"), name + ".png");
        try {
            Files.createDirectories(target.getParent());
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Leaves the browser as a fresh one would be for the next test, or quits it when it cannot: no
     * page, no cookies (Gramota's session or the OpenID provider's), no cache, no storage.
     */
    @Override
    public void close() {
        try {
            driver.get("about:blank");
            driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
            driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
            for (String origin : ORIGINS) {
                driver.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", origin, "storageTypes", "all"));
            }
        } catch (WebDriverException e) {
            driver.quit();
            return;
        }
        keep(size, driver);
    }
}
