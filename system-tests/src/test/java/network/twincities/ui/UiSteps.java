package network.twincities.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import network.twincities.it.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A browser signed in as one user, and the steps the browser tests take in Vaadin's fields. */
final class UiSteps implements AutoCloseable {

    final WebDriver browser;
    final WebDriverWait wait;

    private UiSteps(WebDriver browser) {
        this.browser = browser;
        this.wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    /** A fresh browser, signed in as the user. */
    static UiSteps as(String user) {
        UiSteps steps = new UiSteps(Browser.start());
        Browser.signIn(steps.browser, user);
        return steps;
    }

    @Override
    public void close() {
        browser.quit();
    }

    /** Clicks a button, scrolled into view first (a long form scrolls inside its dialog). */
    void click(String id) {
        WebElement button = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", button);
        wait.until(ExpectedConditions.elementToBeClickable(button)).click();
    }

    /** Types into a Vaadin field: its input is in the light DOM. */
    void type(String id, String text) {
        WebElement input = wait.until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("#" + id + " input, #" + id + " textarea")));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", input);
        wait.until(ExpectedConditions.elementToBeClickable(input));
        input.clear();
        input.sendKeys(text);
    }

    /** Picks an item of a (multi-select) combo box by its label: types it, then clicks it in the overlay. */
    void choose(String id, String label) {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#" + id + " input")));
        input.click();
        input.sendKeys(label);
        try {
            new WebDriverWait(browser, Duration.ofSeconds(10))
                    .until(ExpectedConditions.elementToBeClickable(
                            By.xpath("//*[self::vaadin-combo-box-item or self::vaadin-multi-select-combo-box-item]"
                                    + "[normalize-space(.)='" + label + "']")))
                    .click();
        } catch (TimeoutException noOverlayItem) {
            input.sendKeys(Keys.ENTER);
        }
        input.sendKeys(Keys.ESCAPE);
    }

    boolean displayed(By by) {
        return browser.findElements(by).stream().anyMatch(WebElement::isDisplayed);
    }

    void waitForText(By by, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    Object script(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    void assertNoError() {
        assertThat(browser.findElements(By.id("backend-error"))).isEmpty();
    }
}
