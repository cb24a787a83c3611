package network.twincities.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import network.twincities.it.Browser;
import network.twincities.it.SystemTest;
import network.twincities.it.Tokens;
import network.twincities.it.Urls;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A project in a real browser: the official of Rehamna creates one with Casablanca-Settat as partner,
 * a milestone and an indicator, posts a progress update and finds it on the dashboard; the official of
 * Casablanca-Settat cannot edit or delete it but, as a partner, posts an update of its own.
 */
@SystemTest
class ProjectBrowserIT {

    @Test
    void createdWithMilestoneAndIndicatorReportedByLeadAndPartner() {
        String title = "Browser project " + System.currentTimeMillis();
        String leadUpdate = "The first centre opened " + System.nanoTime();
        String partnerUpdate = "Casablanca trained the first trainers " + System.nanoTime();
        String page;

        try (UiSteps rehamna = UiSteps.as(Tokens.OFFICIAL_REHAMNA)) {
            rehamna.browser.get(Urls.server() + "/projects");
            rehamna.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("projects-grid")));
            rehamna.click("project-create");
            rehamna.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("project-form")));
            // an official's project is led by its own territory
            assertThat(rehamna.browser
                            .findElement(By.cssSelector("#project-lead input"))
                            .getAttribute("value"))
                    .isEqualTo("Rehamna");
            rehamna.type("project-title-en", title);
            rehamna.choose("project-partners", "Casablanca-Settat");
            rehamna.click("project-milestone-add");
            rehamna.type("project-milestone-title-0", "First centre opens");
            rehamna.click("project-indicator-add");
            rehamna.type("project-indicator-name-0", "People trained");
            rehamna.type("project-indicator-unit-0", "people");
            rehamna.type("project-indicator-baseline-0", "0");
            rehamna.type("project-indicator-target-0", "200");
            rehamna.type("project-indicator-current-0", "50");
            Browser.screenshot(rehamna.browser, "project-form");
            rehamna.click("project-save");
            rehamna.waitForText(By.id("project-title"), title);
            page = rehamna.browser.getCurrentUrl();
            assertThat(page).contains("/projects/");
            rehamna.wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#project-milestone-list li[data-done='false']")));
            WebElement indicator = rehamna.wait.until(
                    ExpectedConditions.presenceOfElementLocated(By.cssSelector(".project-indicator")));
            assertThat(indicator.getAttribute("data-progress")).isEqualTo("25");
            WebElement bar = rehamna.browser.findElement(By.id("project-indicator-bar-0"));
            assertThat(bar.getAttribute("aria-labelledby")).isEqualTo("project-indicator-label-0");
            assertThat(bar.getAttribute("aria-valuenow")).isEqualTo("25");
            assertThat(rehamna.browser
                            .findElement(By.cssSelector("[data-field='partners'] a"))
                            .getText())
                    .isEqualTo("Casablanca-Settat");
            assertThat(rehamna.displayed(By.id("project-edit"))).isTrue();

            rehamna.type("project-update-text", leadUpdate);
            rehamna.type("project-update-progress", "30");
            rehamna.click("project-update-post");
            rehamna.waitForText(By.id("project-updates"), leadUpdate);
            rehamna.assertNoError();
            Browser.screenshot(rehamna.browser, "project-page");

            // the dashboard's latest progress names the project and its update
            rehamna.browser.get(Urls.server() + "/dashboard");
            rehamna.waitForText(By.id("dashboard-recent-list"), title);
            rehamna.waitForText(By.id("dashboard-recent-list"), leadUpdate);
            assertThat(rehamna.browser.findElements(By.cssSelector("#dashboard-figures, #dashboard-error")))
                    .as("the key figures, or the honest error when they cannot be read")
                    .isNotEmpty();
            Browser.screenshot(rehamna.browser, "dashboard");

            // Rehamna's profile lists the project it leads
            rehamna.browser.get(Urls.server() + "/territories/rehamna");
            rehamna.waitForText(By.id("territory-projects"), title);
        }

        try (UiSteps casablanca = UiSteps.as(Tokens.OFFICIAL_CASABLANCA)) {
            casablanca.browser.get(page);
            casablanca.waitForText(By.id("project-title"), title);
            casablanca.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("project-update-form")));
            assertThat(casablanca.displayed(By.id("project-edit"))).isFalse();
            assertThat(casablanca.displayed(By.id("project-delete"))).isFalse();
            casablanca.type("project-update-text", partnerUpdate);
            casablanca.type("project-update-progress", "45");
            casablanca.click("project-update-post");
            casablanca.waitForText(By.id("project-updates"), partnerUpdate);
            List<String> log =
                    casablanca.browser.findElements(By.cssSelector("#project-updates li.project-update")).stream()
                            .map(item -> item.getAttribute("data-progress"))
                            .toList();
            assertThat(log).as("newest first").containsExactly("45", "30");
            casablanca.assertNoError();
        }
    }
}
