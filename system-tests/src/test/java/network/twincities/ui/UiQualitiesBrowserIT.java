package network.twincities.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import network.twincities.it.Browser;
import network.twincities.it.Http;
import network.twincities.it.Mous;
import network.twincities.it.SystemTest;
import network.twincities.it.Tokens;
import network.twincities.it.Urls;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What every page does alike, in one browser session: references show the referenced thing's name in
 * the reader's language, linked to its page, never its slug; Arabic writes numbers and dates with
 * Western digits; a list's filters and tab live in its address (bookmark, back button); a long
 * unbroken name wraps on a phone-sized screen instead of widening the page.
 */
@SystemTest
class UiQualitiesBrowserIT {

    static final String LONG_NAME = "Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch"
            + "AndItsNeighbourhoodWithoutAnySpaceAtAllSoItMustWrap";
    static final String ARABIC_DIGITS = "[\u0660-\u0669\u06F0-\u06F9]";

    WebDriver browser;
    WebDriverWait wait;
    String slug;

    @BeforeEach
    void open() {
        slug = "long-name-" + System.currentTimeMillis();
        var created = Http.postJson(
                Urls.api() + "/territories",
                "{\"slug\": \"" + slug
                        + "\", \"kind\": \"CITY\", \"country\": \"MA\", \"parent\": \"casablanca-settat\","
                        + " \"population\": 1234567, \"populationYear\": 2020,"
                        + " \"name\": {\"en\": \"" + LONG_NAME + "\", \"fr\": \"" + LONG_NAME + "\", \"ar\": \""
                        + LONG_NAME + "\"}}",
                Tokens.of(Tokens.FORUM_ADMIN));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        Browser.signIn(browser, Tokens.OFFICIAL_CASABLANCA);
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
        String url = Urls.api() + "/territories/" + slug;
        var current = Http.get(url, Tokens.of(Tokens.FORUM_ADMIN));
        if (current.statusCode() == 200) {
            Http.delete(url, Tokens.of(Tokens.FORUM_ADMIN), Http.etag(current));
        }
    }

    @Test
    void namesNumbersAddressesAndWrapping() {
        // references: the parent, the event's city, the MoU's parties, axes and event by name, linked
        browser.get(Urls.server() + "/territories?q=Llanfair");
        WebElement parent = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("vaadin-grid-cell-content a[data-slug='casablanca-settat']")));
        assertThat(parent.getText()).isEqualTo("Casablanca-Settat");
        assertThat(parent.getAttribute("href")).endsWith("/territories/casablanca-settat");

        browser.get(Urls.server() + "/events");
        WebElement city = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("vaadin-grid-cell-content a[data-slug='new-york-city']")));
        assertThat(city.getText()).isEqualTo("New York City");

        String mou = Urls.server() + "/mous/" + Mous.idOf("TCI-2024-001");
        browser.get(mou);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-field='event'] a")));
        assertThat(browser.findElement(By.cssSelector("[data-field='event'] a")).getText())
                .isEqualTo("Smart City Expo USA 2024");
        assertNamedLinks("[data-field='axes'] a, [data-field='event'] a, #mou-parties-section a");
        assertThat(browser.findElement(By.id("mou-parties-section")).getText())
                .contains("Casablanca-Settat")
                .contains("World Smart Cities Forum");

        // the address keeps the list's tab and filters: bookmarkable, and the back button returns
        browser.get(Urls.server() + "/territories?tab=tree&kind=REGION");
        wait.until(ExpectedConditions.attributeToBe(By.id("territory-tab-tree"), "aria-selected", "true"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("territories-tree")));
        browser.findElement(By.id("territory-tab-map")).click();
        wait.until(ExpectedConditions.urlContains("tab=map"));
        // the filter came from the address: the address written from the page's state still has it
        assertThat(browser.getCurrentUrl()).contains("kind=REGION");
        browser.navigate().back();
        wait.until(ExpectedConditions.urlContains("tab=tree"));
        wait.until(ExpectedConditions.attributeToBe(By.id("territory-tab-tree"), "aria-selected", "true"));
        WebElement search = browser.findElement(By.cssSelector("#territory-search input"));
        search.sendKeys("Casa");
        wait.until(ExpectedConditions.urlContains("q=Casa"));
        assertThat(browser.getCurrentUrl()).contains("tab=tree").contains("kind=REGION");

        // a long unbroken name wraps on a 360 px wide screen
        browser.manage().window().setSize(new Dimension(360, 800));
        browser.get(Urls.server() + "/territories/" + slug);
        WebElement title = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("territory-title")));
        wait.until(d -> title.getText().contains("Llanfair"));
        Browser.screenshot(browser, "long-name-360");
        long width = ((Number) js("return window.innerWidth")).longValue();
        assertThat(((Number) js("return document.documentElement.scrollWidth")).longValue())
                .isLessThanOrEqualTo(width);
        assertThat(((Number) js("return arguments[0].getBoundingClientRect().right", title)).doubleValue())
                .isLessThanOrEqualTo(width);
        // the top bar fits too: signing out stays within reach
        assertThat(((Number) js("return document.getElementById('logout').getBoundingClientRect().right"))
                        .doubleValue())
                .isLessThanOrEqualTo(width);
        assertThat(((Number)
                                js(
                                        "const v = document.getElementById('territory-view'); return v.scrollWidth - v.clientWidth"))
                        .longValue())
                .isLessThanOrEqualTo(0);
        browser.manage().window().setSize(new Dimension(1400, 900));

        // Arabic: names in Arabic, numbers and dates with Western digits (ar-MA)
        browser.findElement(By.id("language-switch")).click();
        wait.until(ExpectedConditions.elementToBeClickable(
                        By.xpath("//vaadin-select-item[normalize-space(.)='العربية']")))
                .click();
        wait.until(d -> "rtl".equals(js("return document.documentElement.getAttribute('dir')")));
        wait.until(d -> browser.findElement(By.cssSelector("[data-field='parent'] a"))
                .getText()
                .equals("جهة الدار البيضاء-سطات"));
        String population =
                browser.findElement(By.cssSelector("[data-field='population']")).getText();
        assertThat(population).doesNotContainPattern(ARABIC_DIGITS).contains("2020");
        assertThat(population.replaceAll("[^0-9]", "")).isEqualTo("12345672020");

        browser.get(Urls.server() + "/territories");
        wait.until(d -> bodyText().contains("جهة الدار البيضاء-سطات"));
        assertThat(bodyText()).doesNotContainPattern(ARABIC_DIGITS);
        browser.get(Urls.server() + "/events");
        wait.until(d -> bodyText().contains("2024"));
        assertThat(bodyText()).doesNotContainPattern(ARABIC_DIGITS);
        browser.get(Urls.server() + "/axes");
        wait.until(d -> bodyText().contains("SDG 1"));
        assertThat(bodyText()).doesNotContainPattern(ARABIC_DIGITS);
        browser.get(mou);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#mou-history-list li")));
        wait.until(d -> browser.findElement(By.cssSelector("[data-field='event'] a"))
                .getText()
                .equals("سمارت سيتي إكسبو الولايات المتحدة"));
        assertThat(bodyText()).doesNotContainPattern(ARABIC_DIGITS).contains("2024");
        assertNamedLinks("[data-field='axes'] a, [data-field='event'] a, #mou-parties-section a");
        Browser.screenshot(browser, "mou-ar");
    }

    /** Every link found names its target, not its slug. */
    private void assertNamedLinks(String css) {
        List<WebElement> links = browser.findElements(By.cssSelector(css));
        assertThat(links).isNotEmpty();
        for (WebElement link : links) {
            String target = link.getAttribute("data-slug");
            assertThat(link.getText()).as("link to " + target).isNotBlank().isNotEqualTo(target);
        }
    }

    private String bodyText() {
        return String.valueOf(js("return document.body.innerText"));
    }

    private Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(script, arguments);
    }
}
