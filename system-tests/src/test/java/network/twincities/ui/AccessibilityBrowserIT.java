package network.twincities.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import network.twincities.it.Axe;
import network.twincities.it.Browser;
import network.twincities.it.Http;
import network.twincities.it.Mous;
import network.twincities.it.Practices;
import network.twincities.it.Projects;
import network.twincities.it.SystemTest;
import network.twincities.it.Tokens;
import network.twincities.it.Urls;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every page of the UI, and every dialog it opens, meets WCAG 2.0 and 2.1 at levels A and AA as axe-core
 * checks them: signed out, as an official and as a forum administrator, in English and in Arabic (right
 * to left). One browser per language; the test fails listing every violation with its page and language.
 * A new page joins the check by one line in {@link #OFFICIAL} or {@link #ADMIN}.
 */
@SystemTest
class AccessibilityBrowserIT {

    /** The demo network's MoU, whose page is checked; {@code {mou}} in a path stands for its id. */
    static final String MOU = "TCI-2024-001";

    static final String PRACTICE = "AMO Tadamon: compulsory health insurance for vulnerable groups";

    /**
     * A page: its address (relative to the UI's root), the element that shows it is there, and the
     * button that opens a dialog or tab on it (null: none), then checked as it shows.
     */
    record Visit(String name, String path, String ready, String click) {
        static Visit page(String name, String path, String ready) {
            return new Visit(name, path, ready, null);
        }

        static Visit dialog(String name, String path, String button, String dialog) {
            return new Visit(name, path, dialog, button);
        }
    }

    static final List<Visit> OFFICIAL = List.of(
            Visit.page("territories", "/territories", "#territories-grid"),
            new Visit("territories-tree", "/territories", "#territories-tree", "territory-tab-tree"),
            new Visit("territories-map", "/territories", "#territory-map", "territory-tab-map"),
            Visit.page("territory", "/territories/casablanca-settat", "#territory-details"),
            Visit.page("organizations", "/organizations", "#organizations-grid"),
            Visit.page("organization", "/organizations/world-smart-cities-forum", "#organization-details"),
            Visit.page("axes", "/axes", "#axes-grid"),
            Visit.page("axis", "/axes/social-protection", "#axis-details"),
            Visit.page("events", "/events", "#events-grid"),
            Visit.page("event", "/events/smart-city-expo-usa-2024", "#event-details"),
            Visit.page("mous", "/mous", "#mous-grid"),
            Visit.dialog("mou-create", "/mous", "mou-create", "#mou-form"),
            Visit.page("mou", "/mous/{mou}", "#mou-details"),
            Visit.page("mou-print", "/mous/{mou}/print", "#mou-print"),
            Visit.dialog("notifications", "/territories", "notifications-bell", "#notifications-dialog"),
            Visit.page("dashboard", "/dashboard", "#dashboard-figures"),
            Visit.page("projects", "/projects", "#projects-grid"),
            Visit.dialog("project-create", "/projects", "project-create", "#project-form"),
            Visit.page("project", "/projects/{project}", "#project-details"),
            Visit.page("practices", "/best-practices", "#practices-grid"),
            Visit.dialog("practice-create", "/best-practices", "practice-create", "#practice-form"),
            Visit.page("practice", "/best-practices/{practice}", "#practice-details"),
            Visit.page("profile", "/profile", "#profile-details"));

    static final List<Visit> ADMIN = List.of(
            Visit.dialog("territory-create", "/territories", "territory-create", "#territory-form"),
            Visit.dialog("territory-edit", "/territories/casablanca-settat", "territory-edit", "#territory-form"),
            Visit.dialog("territory-delete", "/territories/casablanca-settat", "territory-delete", "#confirm-delete"),
            Visit.dialog("organization-create", "/organizations", "organization-create", "#organization-form"),
            Visit.dialog(
                    "organization-edit",
                    "/organizations/world-smart-cities-forum",
                    "organization-edit",
                    "#organization-form"),
            Visit.dialog("axis-create", "/axes", "axis-create", "#axis-form"),
            Visit.dialog("axis-edit", "/axes/social-protection", "axis-edit", "#axis-form"),
            Visit.dialog("event-create", "/events", "event-create", "#event-form"),
            Visit.dialog("event-edit", "/events/smart-city-expo-usa-2024", "event-edit", "#event-form"),
            Visit.page("mous-review", "/mous?status=SUBMITTED", "#mous-grid"),
            Visit.dialog("mou-create", "/mous", "mou-create", "#mou-form"),
            Visit.page("mou", "/mous/{mou}", "#mou-details"),
            Visit.dialog("mou-terminate", "/mous/{mou}", "mou-terminate", "#mou-reason"),
            Visit.page("partner-systems", "/partner-systems", "#partner-systems-grid"),
            Visit.dialog("partner-system-create", "/partner-systems", "partner-system-create", "#partner-system-form"),
            Visit.page("partner-system", "/partner-systems/{partner-system}", "#partner-system-details"),
            Visit.dialog(
                    "partner-system-revoke",
                    "/partner-systems/{partner-system}",
                    "partner-system-delete",
                    "#confirm-delete"),
            Visit.page("people", "/people", "#people-grid"),
            Visit.dialog("person-invite", "/people", "person-create", "#person-invite-form"),
            Visit.page("person", "/people/{person}", "#person-details"),
            Visit.dialog("person-edit", "/people/{person}", "person-edit", "#person-form"),
            Visit.page("territory-people", "/territories/rehamna", "#territory-people"));

    WebDriver browser;
    WebDriverWait wait;
    String language;
    final List<String> found = new ArrayList<>();

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "ar"})
    void everyPageMeetsWcagAA(String language) {
        Axe.require();
        this.language = language;
        String mou = Mous.idOf(MOU);
        browser = Browser.start(language);
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));

        // signed out: the sign-in page (Keycloak's, in the realm's theme) and the page after signing out
        browser.get(Urls.server() + "/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        check("sign-in");

        signIn(Tokens.OFFICIAL_CASABLANCA);
        OFFICIAL.forEach(visit -> visit(visit, mou));
        signOut();
        check("signed-out");

        signIn(Tokens.FORUM_ADMIN);
        OFFICIAL.forEach(visit -> visit(visit, mou));
        ADMIN.forEach(visit -> visit(visit, mou));

        write();
        assertThat(found)
                .as("WCAG 2 A/AA violations in %s (also in target/it-work/axe-%s.txt)", language, language)
                .isEmpty();
    }

    static String partnerSystem;

    /** A partner system to show, issued once for the run. */
    static synchronized String partnerSystem() {
        if (partnerSystem == null) {
            var issued = Http.postJson(
                    Urls.api() + "/partner-systems",
                    "{\"name\": \"Accessibility check portal\", \"territory\": \"rehamna\"}",
                    Tokens.of(Tokens.FORUM_ADMIN));
            assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
            partnerSystem = Http.object(issued).getString("id");
        }
        return partnerSystem;
    }

    private void visit(Visit visit, String mou) {
        browser.get(Urls.server()
                + visit.path()
                        .replace("{mou}", mou)
                        .replace("{project}", Projects.idOf("SAMPLE-P1"))
                        .replace("{practice}", Practices.idOf(PRACTICE))
                        .replace("{partner-system}", visit.path().contains("{partner-system}") ? partnerSystem() : "")
                        .replace(
                                "{person}",
                                visit.path().contains("{person}")
                                        ? network.twincities.people.People.idOf(Tokens.OFFICIAL_CASABLANCA)
                                        : ""));
        if (visit.click() != null) {
            WebElement button = wait.until(ExpectedConditions.elementToBeClickable(By.id(visit.click())));
            button.click();
        }
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(visit.ready())));
        idle();
        check(visit.name());
    }

    private void signIn(String user) {
        browser.get(Urls.server() + "/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.id("kc-login")).click();
        wait.until(d -> d.getCurrentUrl().startsWith(Urls.server()));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("territories-grid")));
        assertThat(((JavascriptExecutor) browser).executeScript("return document.documentElement.lang"))
                .isEqualTo(language);
    }

    private void signOut() {
        wait.until(ExpectedConditions.elementToBeClickable(By.id("logout"))).click();
        wait.until(ExpectedConditions.urlContains("/signed-out"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signed-out")));
    }

    /** Waits until Vaadin has no request under way and the page has settled. */
    private void idle() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("return !window.Vaadin || !window.Vaadin.Flow || !window.Vaadin.Flow.clients"
                        + " || Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())")));
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void check(String page) {
        List<Axe.Violation> violations = Axe.check(browser);
        violations.forEach(v -> found.add("[" + language + "] " + page + ": " + v));
        Browser.screenshot(browser, "axe-" + language + "-" + page);
    }

    private void write() {
        Path report = Path.of(System.getProperty("twincities.it.work", "target"), "axe-" + language + ".txt");
        try {
            Files.createDirectories(report.getParent());
            Files.writeString(
                    report, found.stream().collect(Collectors.joining("\n", "", "\n")), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
