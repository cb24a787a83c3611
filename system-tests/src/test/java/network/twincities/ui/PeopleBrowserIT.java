package network.twincities.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import network.twincities.it.Browser;
import network.twincities.it.Http;
import network.twincities.it.SystemTest;
import network.twincities.it.Tokens;
import network.twincities.it.Urls;
import network.twincities.people.People;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An invitation from end to end, in the browser: admin.forum invites an official for Rehamna in the People
 * page; Keycloak's e-mail reaches the tests' SMTP server in the invitee's language; the invitee follows its
 * link, sets a password on Keycloak's pages (Arabic and right-to-left for an Arabic invitee), signs in and
 * finds Rehamna on their profile, in their language; once admin.forum disables the account on the person's
 * page, signing in fails.
 */
@SystemTest
class PeopleBrowserIT {

    static final String PASSWORD = "Invited-Password-1";

    @BeforeAll
    static void mail() {
        People.realmSendsMailToTheTests();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "en, English, Update your TwinCities Network account, Rehamna, ltr",
        "ar, Arabic, تحديث حسابك في TwinCities Network, إقليم الرحامنة, rtl"
    })
    void anInvitedOfficialSetsAPasswordSignsInAndIsStoppedOnceDisabled(
            String language, String languageLabel, String subject, String territoryName, String direction)
            throws Exception {
        String email = People.email("invitee-" + language);

        // admin.forum invites the official in the People page
        String id;
        try (var admin = UiSteps.as(Tokens.FORUM_ADMIN)) {
            admin.browser.get(Urls.server() + "/people");
            admin.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("people-grid")));
            admin.click("person-create");
            admin.type("person-invite-name", "Hajar Benali");
            admin.type("person-invite-email", email);
            // the territory: typed, then picked in the overlay (no Escape: it would close the dialog)
            var territory = admin.wait.until(
                    ExpectedConditions.elementToBeClickable(By.cssSelector("#person-invite-territory input")));
            territory.click();
            territory.sendKeys("Rehamna");
            admin.wait
                    .until(ExpectedConditions.elementToBeClickable(
                            By.xpath("//vaadin-combo-box-item[normalize-space(.)='Rehamna']")))
                    .click();
            admin.click("person-invite-language");
            admin.wait
                    .until(ExpectedConditions.elementToBeClickable(
                            By.xpath("//vaadin-select-overlay[@opened]//vaadin-select-item[normalize-space(.)='"
                                    + languageLabel + "']")))
                    .click();
            admin.click("person-invite-save");
            admin.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("person-invite-form")));
            admin.assertNoError();
            id = People.idOf(email.substring(0, email.indexOf('@')));
            var person = Http.object(Http.get(Urls.api() + "/people/" + id, People.admin()));
            assertThat(person.getString("territory")).isEqualTo("rehamna");
            assertThat(person.getString("language")).isEqualTo(language);
            Browser.screenshot(admin.browser, "people-invited-" + language);
        }

        // the e-mail, in the invitee's language, and its link
        var mail = People.invitationTo(email);
        assertThat(mail.getSubject()).isEqualTo(subject);
        String link = People.link(mail);

        WebDriver invitee = Browser.start("en-US");
        try {
            var wait = new WebDriverWait(invitee, Duration.ofSeconds(60));
            invitee.get(link);
            // Keycloak asks to proceed with the action, then for the new password
            wait.until(d -> !d.findElements(By.id("password-new")).isEmpty()
                    || !d.findElements(By.cssSelector("#kc-info-message a")).isEmpty());
            if (invitee.findElements(By.id("password-new")).isEmpty()) {
                invitee.findElement(By.cssSelector("#kc-info-message a")).click();
            }
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("password-new")));
            assertThat(attribute(invitee, "dir"))
                    .isIn(direction.equals("rtl") ? new String[] {"rtl"} : new String[] {"ltr", "", null});
            assertThat(attribute(invitee, "lang")).isEqualTo(language);
            Browser.screenshot(invitee, "invitation-password-" + language);
            invitee.findElement(By.id("password-new")).sendKeys(PASSWORD);
            invitee.findElement(By.id("password-confirm")).sendKeys(PASSWORD);
            invitee.findElement(By.id("kc-submit")).click();
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("password-new")));

            // signs in with the e-mail address and the new password, and sees Rehamna on their profile
            invitee.get(Urls.server() + "/profile");
            wait.until(d -> !d.findElements(By.id("username")).isEmpty()
                    || !d.findElements(By.id("profile-details")).isEmpty());
            if (!invitee.findElements(By.id("username")).isEmpty()) {
                invitee.findElement(By.id("username")).sendKeys(email);
                invitee.findElement(By.id("password")).sendKeys(PASSWORD);
                invitee.findElement(By.id("kc-login")).click();
                wait.until(d -> d.getCurrentUrl().startsWith(Urls.server()));
                invitee.get(Urls.server() + "/profile");
            }
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("profile-details"), territoryName));
            assertThat(invitee.findElement(By.id("profile-details")).getText()).contains("Hajar Benali");
            wait.until(d ->
                    direction.equals(attribute(d, "dir")) || (direction.equals("ltr") && attribute(d, "dir") == null));
            assertThat(attribute(invitee, "lang")).isEqualTo(language);
            Browser.screenshot(invitee, "invitation-profile-" + language);
        } finally {
            invitee.quit();
        }

        // admin.forum disables the account on the person's page
        try (var admin = UiSteps.as(Tokens.FORUM_ADMIN)) {
            admin.browser.get(Urls.server() + "/people/" + id);
            admin.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("person-details")));
            admin.click("person-edit");
            admin.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("person-form")));
            var enabled = admin.wait.until(
                    ExpectedConditions.presenceOfElementLocated(By.cssSelector("#person-enabled input")));
            assertThat(enabled.isSelected()).isTrue();
            admin.script("document.querySelector('#person-enabled input').click()");
            admin.wait.until(
                    d -> !d.findElement(By.cssSelector("#person-enabled input")).isSelected());
            admin.click("person-save");
            admin.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("person-form")));
            admin.assertNoError();
        }
        assertThat(Http.object(Http.get(Urls.api() + "/people/" + id, People.admin()))
                        .getBoolean("enabled"))
                .isFalse();
        assertThat(People.sessions(id)).isZero();

        // signing in fails now
        WebDriver again = Browser.start("en-US");
        try {
            var wait = new WebDriverWait(again, Duration.ofSeconds(60));
            again.get(Urls.server() + "/");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
            again.findElement(By.id("username")).sendKeys(email);
            again.findElement(By.id("password")).sendKeys(PASSWORD);
            again.findElement(By.id("kc-login")).click();
            wait.until(d -> d.getPageSource().contains("Account is disabled")
                    || d.getPageSource().contains("Invalid username or password"));
            assertThat(again.getCurrentUrl()).startsWith(Urls.issuer());
            Browser.screenshot(again, "invitation-disabled-" + language);
        } finally {
            again.quit();
        }
    }

    static String attribute(WebDriver browser, String name) {
        Object value = ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.getAttribute(arguments[0])", name);
        return value == null ? null : value.toString();
    }
}
