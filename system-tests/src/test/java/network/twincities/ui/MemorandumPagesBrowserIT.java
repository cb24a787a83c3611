package network.twincities.ui;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import network.twincities.it.Browser;
import network.twincities.it.Http;
import network.twincities.it.Mous;
import network.twincities.it.SystemTest;
import network.twincities.it.Tokens;
import network.twincities.it.Urls;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The MoU pages beyond the workflow {@link MemorandumBrowserIT} walks through, as the forum
 * administrator in one browser: the notifications bell, the print view (Arabic, right to left, with
 * its signature block), a territory's MoUs on its profile, the reasons that reject and terminate ask
 * for, the upload of the signed PDF, and the list and an MoU's page in Arabic.
 */
@SystemTest
class MemorandumPagesBrowserIT {

    private static final String DEMO = "TCI-2024-001";
    private static final String DEMO_TITLE_AR = "مذكرة تفاهم — مبادرة المدن التوأم";
    private static final String RUN = Long.toString(System.currentTimeMillis() % 10_000_000L, 36);
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    static WebDriver browser;
    static WebDriverWait wait;

    @BeforeAll
    static void signIn() {
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        Browser.signIn(browser, Tokens.FORUM_ADMIN);
    }

    @AfterAll
    static void quit() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }

    @Test
    void theBellCountsTheUnreadNotificationsAndMarkingOneReadLowersTheCount() {
        // a submission tells the forum administrators
        String id = draft(Tokens.of(Tokens.OFFICIAL_CASABLANCA));
        ok(act(id, "submit", null, Tokens.of(Tokens.OFFICIAL_CASABLANCA)));
        wait.until(d -> notificationAbout(id) != null);
        long unread = unreadCount();
        assertThat(unread).isPositive();

        open("/mous", "english");
        WebElement bell = wait.until(ExpectedConditions.elementToBeClickable(By.id("notifications-bell")));
        wait.until(d -> String.valueOf(unread).equals(bell.getAttribute("data-unread")));
        assertThat(bell.getAttribute("aria-label"))
                .isEqualTo(unread == 1 ? "1 unread notification" : unread + " unread notifications");
        assertThat(browser.findElement(By.id("notifications-count")).getText())
                .isEqualTo(unread > 99 ? "99+" : String.valueOf(unread));

        // the list, newest first: ours is unread, marked read it is no longer, and the count drops
        bell.click();
        JsonObject notification = notificationAbout(id);
        By item = By.id("notification-" + notification.getString("id"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(item));
        // the list may be drawn again while it opens (the count is read anew): each check finds the item again
        wait.until(ExpectedConditions.attributeToBe(item, "data-read", "false"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                item, notification.getJsonObject("text").getString("en")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(item, "Unread"));
        List<String> listed = browser.findElements(By.cssSelector("#notifications-list > li")).stream()
                .map(li -> li.getAttribute("id"))
                .toList();
        assertThat(listed).isNotEmpty();
        assertThat(listed.get(0))
                .isEqualTo("notification-" + newestNotification().getString("id"));
        Browser.screenshot(browser, "notifications");
        By markRead = By.cssSelector("#notification-" + notification.getString("id") + " .notification-mark-read");
        wait.ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.elementToBeClickable(markRead))
                .click();
        wait.until(ExpectedConditions.attributeToBe(item, "data-read", "true"));
        wait.until(d -> String.valueOf(unread - 1).equals(bell.getAttribute("data-unread")));
        assertThat(unreadCount()).isEqualTo(unread - 1);
        assertThat(browser.findElement(item).findElements(By.cssSelector(".notification-mark-read")))
                .isEmpty();

        // its link opens the MoU; the count, read again on navigation, stays lowered
        browser.findElement(item)
                .findElement(By.cssSelector("a.notification-link"))
                .click();
        wait.until(ExpectedConditions.urlToBe(Urls.server() + "/mous/" + id));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-status='SUBMITTED']")));
        assertThat(browser.findElement(By.id("notifications-bell")).getAttribute("data-unread"))
                .isEqualTo(String.valueOf(unread - 1));
        assertNoError();
    }

    @Test
    void thePrintViewInArabicIsRightToLeftWithTheSignatureBlock() {
        String id = Mous.idOf(DEMO);
        open("/mous/" + id, "arabic");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("mou-print-link")))
                .click();
        wait.until(ExpectedConditions.urlToBe(Urls.server() + "/mous/" + id + "/print"));
        WebElement print = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("mou-print")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("mou-print-title"), DEMO_TITLE_AR));
        assertThat(direction()).isEqualTo("rtl");
        assertThat(print.getAttribute("dir")).isEqualTo("rtl");
        assertThat(print.getAttribute("lang")).isEqualTo("ar");
        assertThat(browser.findElement(By.cssSelector("#mou-print-facts [data-field='reference']"))
                        .getText())
                .isEqualTo(DEMO);
        assertThat(browser.findElement(By.cssSelector("#mou-print-facts [data-status='SIGNED']"))
                        .getText())
                .isEqualTo("موقعة");
        assertThat(browser.findElement(By.id("mou-print-parties")).getText())
                .contains("جهة الدار البيضاء-سطات")
                .contains("موقع");
        assertThat(browser.findElement(By.id("mou-print-axes")).getText()).contains("الحماية الاجتماعية");

        // the signature block: who signed for each party, and when (Moroccan month names, Western digits)
        List<WebElement> signatures =
                browser.findElements(By.cssSelector("#mou-print-signatures .mou-print-signature"));
        assertThat(signatures)
                .hasSize(3)
                .allSatisfy(
                        block -> assertThat(block.getAttribute("data-signed")).isEqualTo("true"));
        assertThat(browser.findElement(By.id("mou-print-signature-rehamna")).getText())
                .contains("Aziz Bouignane, Governor of Rehamna Province")
                .contains("23 ماي 2024");
        assertThat(browser.findElements(By.cssSelector("#mou-print .mou-print-blank")))
                .isEmpty();
        Browser.screenshot(browser, "mou-print-ar");

        // printed, the app's navigation is left out and the MoU stays
        WebElement navbar = browser.findElement(By.id("app-title"));
        assertThat(navbar.isDisplayed()).isTrue();
        media("print");
        try {
            wait.until(ExpectedConditions.invisibilityOf(navbar));
            assertThat(browser.findElement(By.id("side-nav")).isDisplayed()).isFalse();
            assertThat(browser.findElement(By.id("mou-print-button")).isDisplayed())
                    .isFalse();
            assertThat(browser.findElement(By.id("mou-print-signatures")).isDisplayed())
                    .isTrue();
        } finally {
            media("");
        }

        // an MoU not signed yet: an empty line to sign on and one for the date, per signatory
        String draft = draft(Tokens.of(Tokens.FORUM_ADMIN));
        open("/mous/" + draft + "/print", "arabic");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("mou-print-signature-rehamna")));
        assertThat(browser.findElements(By.cssSelector("#mou-print-signatures .mou-print-signature")))
                .hasSize(3)
                .allSatisfy(block -> {
                    assertThat(block.getAttribute("data-signed")).isEqualTo("false");
                    assertThat(block.findElements(By.cssSelector(".mou-print-blank")))
                            .hasSize(2);
                });
        assertNoError();
    }

    @Test
    void aTerritoryProfileListsItsMous() {
        String id = Mous.idOf(DEMO);
        open("/territories/casablanca-settat", "english");
        By demo = By.cssSelector("#territory-mous-list li[data-reference='" + DEMO + "']");
        WebElement item = wait.until(ExpectedConditions.visibilityOfElementLocated(demo));
        assertThat(item.getText()).contains(DEMO).contains("Twin Cities initiative");
        assertThat(item.findElement(By.cssSelector(".mou-status")).getAttribute("data-status"))
                .isEqualTo("SIGNED");
        int listed = browser.findElements(By.cssSelector("#territory-mous-list > li"))
                .size();
        assertThat(listed).isEqualTo(mouCount("casablanca-settat"));
        assertThat(browser.findElements(By.id("territory-projects"))).hasSize(1);
        Browser.screenshot(browser, "territory-mous");
        item.findElement(By.tagName("a")).click();
        wait.until(ExpectedConditions.urlToBe(Urls.server() + "/mous/" + id));

        // a territory no MoU names: the section says so
        open("/territories/united-states", "english");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("territory-mous")));
        if (mouCount("united-states") == 0) {
            assertThat(browser.findElement(By.id("territory-mous-none")).getText())
                    .isEqualTo("No memorandum of understanding yet.");
        } else {
            assertThat(browser.findElements(By.cssSelector("#territory-mous-list > li")))
                    .hasSize(mouCount("united-states"));
        }
        assertNoError();
    }

    @Test
    void rejectingAndTerminatingRequireAReason() {
        String token = Tokens.of(Tokens.OFFICIAL_CASABLANCA);
        String submitted = draft(token);
        ok(act(submitted, "submit", null, token));
        giveAReason(submitted, "mou-reject", "Out of the network's scope", "REJECTED");

        String signed = draft(Tokens.of(Tokens.FORUM_ADMIN));
        String admin = Tokens.of(Tokens.FORUM_ADMIN);
        ok(act(signed, "submit", null, admin));
        ok(act(signed, "approve", null, admin));
        for (String party : List.of("casablanca-settat", "rehamna", "world-smart-cities-forum")) {
            ok(act(
                    signed,
                    "signatures",
                    "{\"party\": \"" + party + "\", \"signedBy\": \"Signer of " + party
                            + "\", \"signedOn\": \"2026-02-01\"}",
                    admin));
        }
        giveAReason(signed, "mou-terminate", "Superseded by a new MoU", "TERMINATED");
    }

    @Test
    void theSignedPdfIsUploadedOnTheMouPage() throws IOException {
        String id = draft(Tokens.of(Tokens.FORUM_ADMIN));
        open("/mous/" + id, "english");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("mou-document-none")));
        byte[] pdf = pdf();
        Path file = Files.createTempFile("signed-mou-", ".pdf");
        try {
            Files.write(file, pdf);
            WebElement upload = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("mou-document-upload")));
            fileInput(upload).sendKeys(file.toAbsolutePath().toString());
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("mou-document-download")));
        } finally {
            Files.deleteIfExists(file);
        }
        assertThat(browser.findElement(By.id("mou-document-download")).getText())
                .contains(reference(id) + ".pdf");
        var document = mou(id).getJsonObject("document");
        assertThat(document.getInt("size")).isEqualTo(pdf.length);
        assertThat(document.getString("uploadedBy")).isEqualTo(Tokens.FORUM_ADMIN);
        assertNoError();
        Browser.screenshot(browser, "mou-document");
    }

    @Test
    void theListAndAnMouPageReadRightToLeftInArabic() {
        open("/mous", "arabic");
        WebElement search = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#mou-search input")));
        search.sendKeys(DEMO, Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-grid-cell-content[contains(normalize-space(.), '" + DEMO_TITLE_AR + "')]")));
        assertThat(direction()).isEqualTo("rtl");
        assertThat(((JavascriptExecutor) browser).executeScript("return document.documentElement.lang"))
                .isEqualTo("ar");
        assertThat(browser.findElement(By.id("mous-tab-all")).getText())
                .isNotBlank()
                .doesNotContain("All MoUs");
        Browser.screenshot(browser, "mous-ar");

        open("/mous/" + Mous.idOf(DEMO), "arabic");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("mou-title"), DEMO_TITLE_AR));
        assertThat(direction()).isEqualTo("rtl");
        assertThat(browser.findElement(By.cssSelector("[data-field='status'] [data-status='SIGNED']"))
                        .getText())
                .isEqualTo("موقعة");
        assertThat(browser.findElement(By.id("mou-print-link")).getText()).contains("طباعة");
        assertThat(browser.findElement(By.id("mou-party-rehamna")).getText()).contains("Aziz Bouignane");
        assertNoError();
        Browser.screenshot(browser, "mou-ar");
    }

    /** Opens the MoU's page, asks for the step without a reason (refused at the field), then with one. */
    private static void giveAReason(String id, String button, String reason, String status) {
        open("/mous/" + id, "english");
        wait.until(ExpectedConditions.elementToBeClickable(By.id(button))).click();
        WebElement confirm = wait.until(ExpectedConditions.elementToBeClickable(By.id("mou-reason-confirm")));
        confirm.click();
        wait.until(d -> !d.findElements(By.cssSelector("#mou-reason[invalid]")).isEmpty());
        assertThat(browser.findElement(By.id("mou-reason-confirm")).isDisplayed())
                .isTrue();
        String before = mou(id).getString("status");
        assertThat(before).isNotEqualTo(status);

        browser.findElement(By.cssSelector("#mou-reason textarea")).sendKeys(reason);
        confirm.click();
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[data-field='status'] [data-status='" + status + "']")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#mou-history-list li[data-to='" + status + "'] .mou-history-reason"), reason));
        assertThat(mou(id).getString("status")).isEqualTo(status);
        assertNoError();
    }

    /** Goes to a page of the UI in a language (the session keeps it), switching when it is another. */
    private static void open(String path, String language) {
        browser.get(Urls.server() + path);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("language-switch")));
        String dir = language.equals("arabic") ? "rtl" : "ltr";
        if (dir.equals(direction())) {
            return;
        }
        browser.findElement(By.id("language-switch")).click();
        String name = language.equals("arabic") ? "العربية" : "English";
        wait.until(ExpectedConditions.elementToBeClickable(
                        By.xpath("//vaadin-select-item[normalize-space(.)='" + name + "']")))
                .click();
        wait.until(d -> dir.equals(direction()));
    }

    private static String direction() {
        return (String) ((JavascriptExecutor) browser).executeScript("return document.documentElement.dir");
    }

    /** Chromium renders the page for print (or for the screen again with ""). */
    private static void media(String media) {
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", media));
    }

    /** The file input of a vaadin-upload: in its light DOM, or else in its shadow root. */
    private static WebElement fileInput(WebElement upload) {
        List<WebElement> light = upload.findElements(By.cssSelector("input[type='file']"));
        if (!light.isEmpty()) {
            return light.get(0);
        }
        SearchContext shadow = upload.getShadowRoot();
        return shadow.findElement(By.cssSelector("input[type='file']"));
    }

    private static void assertNoError() {
        assertThat(browser.findElements(By.id("backend-error"))).isEmpty();
    }

    /** A draft of Casablanca-Settat, Rehamna and the forum, all three signatories. */
    private static String draft(String token) {
        String reference = "UI-" + RUN + "-" + SEQUENCE.incrementAndGet();
        var created = Http.postJson(Urls.api() + "/mous", """
                {"reference": "%s",
                 "title": {"en": "Browser test MoU", "ar": "مذكرة اختبار"},
                 "parties": [{"territory": "casablanca-settat", "role": "SIGNATORY"},
                             {"territory": "rehamna", "role": "SIGNATORY"},
                             {"organization": "world-smart-cities-forum", "role": "SIGNATORY"}],
                 "axes": ["social-protection"],
                 "effectiveFrom": "2026-01-01", "expiresOn": "2029-12-31"}""".formatted(reference), token);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Http.object(created).getString("id");
    }

    private static HttpResponse<String> act(String id, String action, String json, String token) {
        return Http.request("POST", Urls.api() + "/mous/" + id + "/" + action, json, token);
    }

    private static void ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    private static JsonObject mou(String id) {
        return Http.object(Http.get(Urls.api() + "/mous/" + id, Tokens.of(Tokens.FORUM_ADMIN)));
    }

    private static String reference(String id) {
        return mou(id).getString("reference");
    }

    private static int mouCount(String territory) {
        var page = Http.object(
                Http.get(Urls.api() + "/mous?size=1&territory=" + territory, Tokens.of(Tokens.FORUM_ADMIN)));
        return page.getInt("total");
    }

    private static long unreadCount() {
        var page =
                Http.object(Http.get(Urls.api() + "/notifications?unread=true&size=1", Tokens.of(Tokens.FORUM_ADMIN)));
        return page.getJsonNumber("total").longValue();
    }

    private static JsonObject newestNotification() {
        return notifications().get(0);
    }

    private static JsonObject notificationAbout(String id) {
        return notifications().stream()
                .filter(n -> id.equals(n.getString("resourceId", "")))
                .findFirst()
                .orElse(null);
    }

    private static List<JsonObject> notifications() {
        var page = Http.object(Http.get(Urls.api() + "/notifications?size=50", Tokens.of(Tokens.FORUM_ADMIN)));
        return new ArrayList<>(page.getJsonArray("items").getValuesAs(JsonObject.class));
    }

    /** A small valid PDF: one empty page, with its cross-reference table. */
    static byte[] pdf() {
        List<String> objects = List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>");
        var out = new ByteArrayOutputStream();
        List<Integer> offsets = new ArrayList<>();
        write(out, "%PDF-1.4\n");
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(out.size());
            write(out, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
        }
        int xref = out.size();
        write(out, "xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        offsets.forEach(offset -> write(out, "%010d 00000 n \n".formatted(offset)));
        write(out, "trailer\n<< /Size " + (objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" + xref + "\n%%EOF\n");
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, String text) {
        try {
            out.write(text.getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
