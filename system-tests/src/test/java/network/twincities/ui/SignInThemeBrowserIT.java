package network.twincities.ui;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import network.twincities.it.Axe;
import network.twincities.it.Browser;
import network.twincities.it.SystemTest;
import network.twincities.it.TestStack;
import network.twincities.it.Urls;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Keycloak's sign-in pages in the network's theme ({@code keycloak/themes/twincities}), in English and
 * in Arabic (right to left): the network's name, the language and direction of the page, WCAG 2 A/AA as
 * axe-core checks it, and a forgotten password whose e-mail Keycloak sends through the realm's SMTP
 * server (the tests' GreenMail), with the theme's subject in the page's language.
 */
@SystemTest
class SignInThemeBrowserIT {

    WebDriver browser;
    WebDriverWait wait;
    final List<String> violations = new ArrayList<>();

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "en | ltr | Cities and territories working together | Reset your TwinCities Network password",
                "ar | rtl | مدن وأقاليم تعمل معًا | إعادة تعيين كلمة مرور TwinCities Network"
            })
    void theSignInPagesShowTheNetworkInTheLanguageAndDirectionAndPassAxe(
            String language, String direction, String tagline, String resetSubject) throws Exception {
        Axe.require();
        browser = Browser.start("en-US");
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));

        // the sign-in page the UI sends to, asked for in the language (OpenID Connect's ui_locales)
        browser.get(Urls.server() + "/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        assertThat(browser.getCurrentUrl()).startsWith(Urls.issuer());
        browser.get(browser.getCurrentUrl() + "&ui_locales=" + language);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        Browser.screenshot(browser, "sign-in-theme-" + language);

        assertThat(html("lang")).isEqualTo(language);
        assertThat(html("dir")).isEqualTo(direction);
        assertThat(browser.findElement(By.id("kc-header-wrapper")).getText())
                .contains("TwinCities Network")
                .contains(tagline);
        assertThat(browser.getTitle()).contains("TwinCities Network");
        // the network's stylesheet is the one in force: its blue on the card's top border
        assertThat(((JavascriptExecutor) browser)
                        .executeScript("return getComputedStyle(document.querySelector('.pf-v5-c-login__main-header'))"
                                + ".borderTopColor"))
                .isEqualTo("rgb(21, 101, 192)");
        check(language, "sign-in");

        // a forgotten password: the page to ask for the e-mail, then the e-mail itself
        browser.findElement(By.cssSelector("a[href*='/login-actions/reset-credentials']"))
                .click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("kc-reset-password-form")));
        assertThat(html("dir")).isEqualTo(direction);
        check(language, "forgotten-password");
        browser.findElement(By.id("username")).sendKeys("official.rehamna@twincities.example");
        browser.findElement(By.id("kc-form-buttons")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".pf-v5-c-alert")));
        check(language, "e-mail-sent");
        Browser.screenshot(browser, "sign-in-theme-" + language + "-email-sent");

        var mail = mailWith(resetSubject, "official.rehamna@twincities.example");
        assertThat(mail.getFrom()[0].toString()).contains("noreply@twincities.test");
        assertThat(text(mail)).contains(Urls.issuer() + "/login-actions/action-token");

        assertThat(violations).as("WCAG 2 A/AA violations on the sign-in pages").isEmpty();
    }

    private Object html(String attribute) {
        return ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.getAttribute(arguments[0])", attribute);
    }

    private void check(String language, String page) {
        Axe.check(browser).forEach(v -> violations.add("[" + language + "] " + page + ": " + v));
    }

    /** The text of every part of an e-mail, decoded. */
    static String text(Part part) throws MessagingException, IOException {
        Object content = part.getContent();
        if (content instanceof Multipart parts) {
            var text = new StringBuilder();
            for (int i = 0; i < parts.getCount(); i++) {
                text.append(text(parts.getBodyPart(i))).append('\n');
            }
            return text.toString();
        }
        return String.valueOf(content);
    }

    /** The e-mail GreenMail received with this subject, to this address; waits up to 30 s. */
    static MimeMessage mailWith(String subject, String to) throws InterruptedException, MessagingException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (true) {
            for (var message : TestStack.mail().getReceivedMessages()) {
                if (subject.equals(message.getSubject())
                        && Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                                .anyMatch(a -> a.toString().contains(to))) {
                    return message;
                }
            }
            if (System.currentTimeMillis() > deadline) {
                var subjects = new ArrayList<String>();
                for (var message : TestStack.mail().getReceivedMessages()) {
                    subjects.add(message.getSubject());
                }
                throw new AssertionError("no e-mail '" + subject + "' to " + to + " in " + subjects);
            }
            Thread.sleep(200);
        }
    }
}
