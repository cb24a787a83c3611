package network.twincities.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import network.twincities.it.Browser;
import network.twincities.it.SystemTest;
import network.twincities.it.Urls;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An official signs in on Keycloak's page, finds the territories, reads them in Arabic right to left,
 * and signs out: in a real headless Chromium against the deployed UI, backend and Keycloak.
 */
@SystemTest
class SignInBrowserIT {

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
    void officialSignsInReadsTheTerritoriesInArabicAndSignsOut() {
        browser.get(Urls.server() + "/");

        // Keycloak's login page of realm twincities, in three languages
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        assertThat(browser.getCurrentUrl()).startsWith(Urls.issuer());
        assertThat(browser.getPageSource()).contains("Français").contains("العربية");
        browser.findElement(By.id("username")).sendKeys("official.casablanca");
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.id("kc-login")).click();

        // back in the UI: who is signed in, and the territories from the backend
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("territories-grid")));
        waitForText("Casablanca-Settat");
        waitForText("Rehamna");
        assertThat(browser.findElement(By.id("user-name")).getText()).isEqualTo("Amina Bennani");
        assertThat(browser.findElement(By.id("user-roles")).getText()).contains("casablanca-settat");
        assertThat(direction()).isIn("ltr", "", null);
        Browser.screenshot(browser, "territories-en");

        // Arabic: labels, territory names, and the whole page right to left
        browser.findElement(By.id("language-switch")).click();
        var arabic = wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-select-item[normalize-space(.)='العربية']")));
        arabic.click();
        wait.until(d -> "rtl".equals(direction()));
        waitForText("جهة الدار البيضاء-سطات");
        assertThat(((JavascriptExecutor) browser).executeScript("return document.documentElement.lang"))
                .isEqualTo("ar");
        Browser.screenshot(browser, "territories-ar");

        // sign out (a POST; a GET does not): the session ends, at Keycloak too
        assertThat(browser.findElement(By.id("logout-form")).getAttribute("method"))
                .isEqualTo("post");
        browser.findElement(By.id("logout")).click();
        wait.until(ExpectedConditions.urlContains("/signed-out"));
        browser.get(Urls.server() + "/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        assertThat(browser.getCurrentUrl()).startsWith(Urls.issuer());
    }

    private Object direction() {
        return ((JavascriptExecutor) browser).executeScript("return document.documentElement.getAttribute('dir')");
    }

    private void waitForText(String text) {
        wait.until(d -> d.getPageSource().contains(text));
    }
}
