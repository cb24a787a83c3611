package network.twincities.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import network.twincities.it.Browser;
import network.twincities.it.SystemTest;
import network.twincities.it.Tokens;
import network.twincities.it.Urls;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An MoU from draft to signature in a real browser: the official of Casablanca-Settat drafts it with
 * Rehamna and the forum as signatories and submits it; the forum administrator finds it in the review
 * queue and approves it; each official signs for its territory, the administrator records the
 * forum's signature, and the MoU shows as signed with its history. Each user in a browser of their own.
 */
@SystemTest
class MemorandumBrowserIT {

    private static final String FORUM = "World Smart Cities Forum";

    WebDriver browser;
    WebDriverWait wait;

    @AfterEach
    void close() {
        quit();
    }

    @Test
    void draftedSubmittedApprovedAndSignedByEveryParty() {
        String title = "Browser MoU " + System.currentTimeMillis();

        // the official of Casablanca-Settat drafts the MoU (its territory is the first party) and submits it
        as(Tokens.OFFICIAL_CASABLANCA);
        browser.get(Urls.server() + "/mous");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("mou-create"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("mou-form")));
        type("mou-title-en", title);
        click("mou-party-add");
        choose("mou-party-1", "Rehamna");
        click("mou-party-add");
        choose("mou-party-2", FORUM);
        Browser.screenshot(browser, "mou-form");
        click("mou-save");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("mou-title"), title));
        String page = browser.getCurrentUrl();
        assertThat(page).contains("/mous/");
        waitForStatus("DRAFT");
        assertThat(displayed(By.id("mou-approve"))).isFalse();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("mou-submit"))).click();
        waitForStatus("SUBMITTED");
        assertThat(displayed(By.id("mou-submit"))).isFalse();
        assertThat(displayed(By.id("mou-edit"))).isFalse();
        assertNoError();

        // the forum administrator finds it in the review queue and approves it
        as(Tokens.FORUM_ADMIN);
        browser.get(Urls.server() + "/mous");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("mous-tab-review")))
                .click();
        WebElement row = wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-grid-cell-content[contains(normalize-space(.), '" + title + "')]")));
        Browser.screenshot(browser, "mou-review-queue");
        row.click();
        try {
            wait.withTimeout(Duration.ofSeconds(15)).until(ExpectedConditions.urlToBe(page));
        } catch (TimeoutException rowNotOpened) {
            browser.get(page);
        }
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("mou-approve")))
                .click();
        waitForStatus("APPROVED");
        assertNoError();

        // each official signs for its own territory
        signAs(Tokens.OFFICIAL_CASABLANCA, page, "casablanca-settat", "Governor of Casablanca-Settat");
        signAs(Tokens.OFFICIAL_REHAMNA, page, "rehamna", "Governor of Rehamna Province");
        waitForStatus("APPROVED");

        // the administrator records the forum's signature, the last one: the MoU is signed
        signAs(Tokens.FORUM_ADMIN, page, "world-smart-cities-forum", "President of the Forum");
        waitForStatus("SIGNED");
        wait.until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("#mou-history-list li[data-to='SIGNED']")));
        List<String> steps = browser.findElements(By.cssSelector("#mou-history-list li")).stream()
                .map(item -> item.getAttribute("data-to"))
                .toList();
        assertThat(steps).containsExactly("DRAFT", "SUBMITTED", "APPROVED", "SIGNED");
        assertThat(browser.findElement(By.id("mou-party-rehamna")).getText()).contains("Governor of Rehamna Province");
        assertThat(displayed(By.id("mou-sign"))).isFalse();
        assertThat(displayed(By.id("mou-terminate"))).isTrue();
        assertNoError();
        Browser.screenshot(browser, "mou-signed");
    }

    private void signAs(String user, String page, String party, String signedBy) {
        as(user);
        browser.get(page);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("mou-sign"))).click();
        // the dialog's element has no size of its own (its overlay shows it): wait for its field
        type("mou-signed-by", signedBy);
        click("mou-sign-confirm");
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#mou-party-" + party + "[data-signed='true']")));
        assertNoError();
    }

    /** A fresh browser, signed in as the user. */
    private void as(String user) {
        quit();
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        Browser.signIn(browser, user);
    }

    private void quit() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }

    private void waitForStatus(String status) {
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[data-field='status'] [data-status='" + status + "']")));
    }

    /** Clicks a button, scrolled into view first (a long form scrolls inside its dialog). */
    private void click(String id) {
        WebElement button = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", button);
        wait.until(ExpectedConditions.elementToBeClickable(button)).click();
    }

    /** Types into a Vaadin field: its input is in the light DOM. */
    private void type(String id, String text) {
        WebElement input = wait.until(
                ExpectedConditions.elementToBeClickable(By.cssSelector("#" + id + " input, #" + id + " textarea")));
        input.clear();
        input.sendKeys(text);
    }

    /** Picks an item of a combo box by its label: types it, then clicks it in the overlay (else Enter). */
    private void choose(String id, String label) {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#" + id + " input")));
        input.click();
        input.sendKeys(label);
        try {
            new WebDriverWait(browser, Duration.ofSeconds(10))
                    .until(ExpectedConditions.elementToBeClickable(
                            By.xpath("//vaadin-combo-box-item[normalize-space(.)='" + label + "']")))
                    .click();
        } catch (TimeoutException noOverlayItem) {
            input.sendKeys(Keys.ENTER);
        }
        wait.until(d ->
                label.equals(d.findElement(By.cssSelector("#" + id + " input")).getAttribute("value")));
    }

    private boolean displayed(By by) {
        return browser.findElements(by).stream().anyMatch(WebElement::isDisplayed);
    }

    private void assertNoError() {
        assertThat(browser.findElements(By.id("backend-error"))).isEmpty();
    }
}
