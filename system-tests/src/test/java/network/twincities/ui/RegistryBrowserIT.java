package network.twincities.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import network.twincities.it.Browser;
import network.twincities.it.SystemTest;
import network.twincities.it.Urls;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The network registry in a real browser: a forum administrator adds a territory with its names in
 * three languages and its location, then finds it in the directory and on the map (tiles cannot
 * load here; the markers do); an official sees the directory and a profile without any admin action.
 */
@SystemTest
class RegistryBrowserIT {

    WebDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void open() {
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void forumAdministratorCreatesATerritoryAndFindsItInTheDirectoryAndOnTheMap() {
        String slug = "browser-town-" + System.currentTimeMillis();
        String english = "Browser Town " + slug.substring(slug.lastIndexOf('-') + 1);
        String french = "Ville du navigateur " + slug.substring(slug.lastIndexOf('-') + 1);
        String arabic = "مدينة المتصفح";

        signIn("admin.forum", "demo");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("territories-grid")));

        // the form, in a dialog
        wait.until(ExpectedConditions.elementToBeClickable(By.id("territory-create")))
                .click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#territory-slug input")));
        type("territory-slug", slug);
        browser.findElement(By.id("territory-kind")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-select-item[normalize-space(.)='City']")))
                .click();
        type("territory-name-en", english);
        type("territory-name-fr", french);
        type("territory-name-ar", arabic);
        type("territory-lat", "31.6295");
        type("territory-lon", "-7.9811");
        Browser.screenshot(browser, "registry-territory-form");
        browser.findElement(By.id("territory-save")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("territory-form")));
        assertThat(browser.findElements(By.id("backend-error"))).isEmpty();

        // the directory finds it by its name
        type("territory-search", english);
        waitForText(english);
        Browser.screenshot(browser, "registry-directory-search");

        // the map has a marker for it, tiles or not
        browser.findElement(By.id("territory-tab-map")).click();
        WebElement marker = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#territory-map .leaflet-marker-icon[data-slug='" + slug + "']")));
        assertThat(marker.getAttribute("title")).isEqualTo(english);
        assertThat(browser.findElement(By.id("territory-map")).getAttribute("data-marker-count"))
                .isEqualTo("1");
        Browser.screenshot(browser, "registry-map");

        // its profile, with the names in three languages
        browser.get(Urls.server() + "/territories/" + slug);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("territory-title"), english));
        waitForText(french);
        waitForText(arabic);
        assertThat(displayed(By.id("territory-edit"))).isTrue();
        assertThat(displayed(By.id("territory-delete"))).isTrue();
    }

    @Test
    void officialSeesNoAdministratorActions() {
        signIn("official.rehamna", "demo");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("territories-grid")));
        waitForText("Rehamna");
        assertThat(displayed(By.id("territory-create"))).isFalse();

        browser.get(Urls.server() + "/territories/rehamna");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("territory-title"), "Rehamna"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("territory-mous")));
        assertThat(displayed(By.id("territory-edit"))).isFalse();
        assertThat(displayed(By.id("territory-delete"))).isFalse();
        assertThat(displayed(By.id("territory-create"))).isFalse();
        Browser.screenshot(browser, "registry-profile-official");
    }

    private void signIn(String username, String password) {
        Browser.signIn(browser, username);
    }

    /** Types into a Vaadin field: its input is in the light DOM. */
    private void type(String id, String text) {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#" + id + " input")));
        input.clear();
        input.sendKeys(text);
    }

    private boolean displayed(By by) {
        List<WebElement> found = browser.findElements(by);
        return found.stream().anyMatch(WebElement::isDisplayed);
    }

    private void waitForText(String text) {
        wait.until(d -> d.getPageSource().contains(text));
    }
}
