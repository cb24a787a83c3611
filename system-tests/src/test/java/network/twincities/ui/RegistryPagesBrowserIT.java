package network.twincities.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.stream.Stream;
import network.twincities.it.Browser;
import network.twincities.it.SystemTest;
import network.twincities.it.Tokens;
import network.twincities.it.Urls;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every page of the registry shows the demo network to a forum administrator, and its editor opens
 * and closes: organizations, cooperation axes and events, list and detail.
 */
@SystemTest
class RegistryPagesBrowserIT {

    WebDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void open() {
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        Browser.signIn(browser, Tokens.FORUM_ADMIN);
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    static Stream<Arguments> pages() {
        return Stream.of(
                Arguments.of("organization", "organizations", "world-smart-cities-forum", "World Smart Cities Forum"),
                Arguments.of("axis", "axes", "social-protection", "Social protection"),
                Arguments.of("event", "events", "smart-city-expo-usa-2024", "Smart City Expo USA 2024"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("pages")
    void listDetailAndEditor(String prefix, String path, String slug, String name) {
        browser.get(Urls.server() + "/" + path);
        waitForText(name);
        assertNoError();

        // the create dialog opens, and cancelling closes it
        wait.until(ExpectedConditions.elementToBeClickable(By.id(prefix + "-create")))
                .click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(prefix + "-form")));
        browser.findElement(By.id(prefix + "-cancel")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id(prefix + "-form")));

        browser.get(Urls.server() + "/" + path + "/" + slug);
        waitForText(name);
        assertThat(browser.findElements(By.id(prefix + "-edit"))).isNotEmpty();
        assertNoError();
        Browser.screenshot(browser, "registry-" + path);
    }

    private void waitForText(String text) {
        wait.until(d -> d.getPageSource().contains(text));
    }

    private void assertNoError() {
        assertThat(browser.getPageSource()).doesNotContain("backend-error").doesNotContain("Exception");
    }
}
