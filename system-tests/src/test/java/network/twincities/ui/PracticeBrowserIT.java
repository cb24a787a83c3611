package network.twincities.ui;

import static org.assertj.core.api.Assertions.assertThat;

import network.twincities.it.Browser;
import network.twincities.it.SystemTest;
import network.twincities.it.Tokens;
import network.twincities.it.Urls;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The best practices library in a real browser: it shows the demo network's practices; in Arabic a
 * search in Arabic finds one, and its page reads right to left with its adoptions and suggestions.
 */
@SystemTest
class PracticeBrowserIT {

    private static final String[] DEMO = {
        "Unified Social Registry (RSU): digital targeting of social support",
        "AMO Tadamon: compulsory health insurance for vulnerable groups",
        "Jisr strategy: digital social services",
        "Jisr for Empowerment and Leadership: online training platform for women"
    };

    @Test
    void libraryShowsTheDemoPracticesAndAnArabicSearchFindsOne() {
        try (UiSteps ui = UiSteps.as(Tokens.OFFICIAL_REHAMNA)) {
            ui.browser.get(Urls.server() + "/best-practices");
            ui.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("practices-grid")));
            for (String title : DEMO) {
                ui.wait.until(ExpectedConditions.presenceOfElementLocated(
                        By.xpath("//vaadin-grid-cell-content[normalize-space(.)=\"" + title + "\"]")));
            }
            Browser.screenshot(ui.browser, "practices-en");

            // Morocco's profile lists its practices, linked, and its suggested twins
            ui.browser.get(Urls.server() + "/territories/morocco");
            ui.waitForText(By.id("territory-best-practices"), DEMO[2]);
            ui.wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#territory-twin-list, #territory-twin-list-none")));
            Browser.screenshot(ui.browser, "territory-work");
            ui.browser.get(Urls.server() + "/best-practices");
            ui.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("practices-grid")));

            // Arabic: the page turns right to left; a search in Arabic finds the Jisr strategy
            ui.browser.findElement(By.id("language-switch")).click();
            ui.wait
                    .until(ExpectedConditions.elementToBeClickable(
                            By.xpath("//vaadin-select-item[normalize-space(.)='العربية']")))
                    .click();
            ui.wait.until(d -> "rtl".equals(ui.script("return document.documentElement.getAttribute('dir')")));
            ui.wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.xpath("//vaadin-grid-cell-content[normalize-space(.)='أمو تضامن']")));
            ui.type("practice-search", "استراتيجية جسر");
            // the search applies a moment after typing: the practices it does not match go
            ui.wait.until(d -> d.findElements(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='أمو تضامن']"))
                    .isEmpty());
            var row = ui.wait.until(ExpectedConditions.elementToBeClickable(
                    By.xpath("//vaadin-grid-cell-content[normalize-space(.)='استراتيجية جسر']")));
            Browser.screenshot(ui.browser, "practices-ar-search");
            row.click();

            // its page, right to left, with its outcomes, adoptions and suggested adopters
            ui.waitForText(By.id("practice-title"), "استراتيجية جسر");
            assertThat(ui.script("return document.documentElement.getAttribute('dir')"))
                    .isEqualTo("rtl");
            assertThat(ui.script("return document.documentElement.lang")).isEqualTo("ar");
            ui.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("practice-outcome-list")));
            ui.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("practice-adoptions")));
            ui.wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#practice-suggestion-list, #practice-suggestion-list-none")));
            assertThat(ui.browser
                            .findElement(By.cssSelector("[data-field='territory'] a"))
                            .getText())
                    .isEqualTo("المغرب");
            // Rehamna neither owns nor adopted it yet: it may adopt it
            assertThat(ui.displayed(By.id("practice-adopt"))).isTrue();
            ui.assertNoError();
            Browser.screenshot(ui.browser, "practice-ar");
        }
    }
}
