package network.twincities.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven through Debian's chromedriver: no test tool downloads a browser.
 * Without them the browser tests are skipped with a message, except under {@code CI=true}, where a
 * missing browser fails the run.
 */
public final class Browser {

    static final Path CHROMIUM = Path.of(System.getProperty("twincities.it.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("twincities.it.chromedriver", "/usr/bin/chromedriver"));

    private Browser() {}

    public static WebDriver start() {
        return start("en-US");
    }

    /** A browser whose preferred language ({@code Accept-Language}) is {@code language}, such as "ar". */
    public static WebDriver start(String language) {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed) {
            String message = "No browser: install Debian's chromium and chromium-driver (" + CHROMIUM + ", "
                    + CHROMEDRIVER + ")";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(message + "; CI=true requires the browser tests to run");
            }
            System.out.println("SKIPPED browser test. " + message);
            Assumptions.abort(message);
        }
        try {
            Path profile = Files.createTempDirectory("twincities-chromium");
            var options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
            options.addArguments(
                    "--headless=new",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--no-first-run",
                    "--window-size=1400,900",
                    "--lang=" + language,
                    "--user-data-dir=" + profile);
            var service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort()
                    .build();
            var driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            return driver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Signs in on Keycloak's login page, starting from the UI's root; returns once back in the UI. */
    public static void signIn(WebDriver driver, String username) {
        var wait = new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(60));
        driver.get(Urls.server() + "/");
        wait.until(org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(
                org.openqa.selenium.By.id("username")));
        driver.findElement(org.openqa.selenium.By.id("username")).sendKeys(username);
        driver.findElement(org.openqa.selenium.By.id("password")).sendKeys("demo");
        driver.findElement(org.openqa.selenium.By.id("kc-login")).click();
        wait.until(d -> d.getCurrentUrl().startsWith(Urls.server()));
    }

    /** Keeps a screenshot of the page under target/, for a person to look at after the run. */
    public static void screenshot(WebDriver driver, String name) {
        try {
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Path target = Path.of(System.getProperty("twincities.it.work", "target"), "screenshots", name + ".png");
            Files.createDirectories(target.getParent());
            Files.copy(shot.toPath(), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            System.out.println("No screenshot " + name + ": " + e.getMessage());
        }
    }
}
