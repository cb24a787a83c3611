package network.twincities.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import network.twincities.it.Http;
import network.twincities.it.SystemTest;
import network.twincities.it.Tokens;
import network.twincities.it.Urls;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The web UI over plain HTTP, as a browser would speak it (cookies, redirects followed one by one):
 * no page may be framed by another site, the session cookie is {@code SameSite=Lax} and still
 * survives the provider's redirect back, only a POST signs out, and Keycloak sends the browser back
 * to the UI's exact callback and signed-out addresses only.
 */
@SystemTest
class UiSecurityIT {

    static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

    HttpClient browser;

    @BeforeEach
    void newBrowser() {
        browser = HttpClient.newBuilder()
                .cookieHandler(new LocalhostCookies())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    @Test
    void sessionCookieIsSameSiteLaxAndSurvivesTheSignIn() {
        var start = get(Urls.server() + "/");
        assertThat(start.statusCode()).isEqualTo(302);
        assertThat(location(start)).startsWith(Urls.issuer() + "/protocol/openid-connect/auth");
        assertSessionCookieIsLax(start);

        var home = signIn(start);
        assertThat(home.statusCode()).as(home.body()).isEqualTo(200);
        assertThat(home.body()).contains("<html");
    }

    @Test
    void noPageMayBeFramedByAnotherSite() {
        var signedIn = signIn(get(Urls.server() + "/"));
        assertNotFramable(signedIn);
        assertNotFramable(get(Urls.server() + "/organizations"));
        assertNotFramable(get(Urls.server() + "/VAADIN/static/client/not-there.js"));
        assertNotFramable(get(Urls.server() + "/signed-out"));
    }

    @Test
    void getOnTheSignOutPathKeepsTheSessionAndPostEndsIt() {
        signIn(get(Urls.server() + "/"));

        var getLogout = get(Urls.server() + "/logout");
        assertThat(getLogout.statusCode()).isEqualTo(405);
        assertThat(getLogout.headers().firstValue("Allow")).hasValue("POST");
        assertThat(get(Urls.server() + "/").statusCode()).as("still signed in").isEqualTo(200);

        var postLogout = send(HttpRequest.newBuilder(URI.create(Urls.server() + "/logout"))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());
        assertThat(postLogout.statusCode()).isEqualTo(302);
        assertThat(location(postLogout)).startsWith(Urls.issuer() + "/protocol/openid-connect/logout");

        var again = get(Urls.server() + "/");
        assertThat(again.statusCode()).as("signed out").isEqualTo(302);
        assertThat(location(again)).startsWith(Urls.issuer());
    }

    @Test
    void keycloakRedirectsOnlyToTheUisExactAddresses() {
        String auth = Urls.issuer() + "/protocol/openid-connect/auth?client_id=twincities-ui&response_type=code"
                + "&scope=openid&state=it&redirect_uri=";
        assertThat(get(auth + Http.encode(Urls.server() + "/callback")).statusCode())
                .as("the callback")
                .isEqualTo(200);
        for (String other : List.of("/", "/callback/other", "/organizations", "/signed-out")) {
            assertThat(get(auth + Http.encode(Urls.server() + other)).statusCode())
                    .as(other)
                    .isEqualTo(400);
        }

        String logout = Urls.issuer() + "/protocol/openid-connect/logout?client_id=twincities-ui"
                + "&post_logout_redirect_uri=";
        var signedOut = get(logout + Http.encode(Urls.server() + "/signed-out"));
        assertThat(signedOut.statusCode()).as("the signed-out page").isEqualTo(302);
        assertThat(location(signedOut)).startsWith(Urls.server() + "/signed-out");
        assertThat(get(logout + Http.encode(Urls.server() + "/organizations")).statusCode())
                .as("another page")
                .isEqualTo(400);
    }

    /** Keycloak's login form, filled in as the official of Casablanca; returns the UI's page after the callback. */
    private HttpResponse<String> signIn(HttpResponse<String> toProvider) {
        var loginPage = get(location(toProvider));
        assertThat(loginPage.statusCode()).isEqualTo(200);
        Matcher form = LOGIN_FORM.matcher(loginPage.body());
        assertThat(form.find()).as("Keycloak's login form").isTrue();
        var loggedIn = send(HttpRequest.newBuilder(URI.create(form.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "username=" + Http.encode(Tokens.OFFICIAL_CASABLANCA) + "&password=demo"))
                .build());
        assertThat(loggedIn.statusCode()).as(loggedIn.body()).isEqualTo(302);
        assertThat(location(loggedIn)).startsWith(Urls.server() + "/callback?");

        var callback = get(location(loggedIn));
        assertThat(callback.statusCode()).as(callback.body()).isEqualTo(302);
        assertNotFramable(callback);
        callback.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID="))
                .forEach(cookie -> assertThat(cookie).containsIgnoringCase("SameSite=Lax"));
        return get(Urls.server() + "/");
    }

    private static void assertSessionCookieIsLax(HttpResponse<String> response) {
        List<String> session = response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID="))
                .toList();
        assertThat(session).as("the session cookie").hasSize(1);
        assertThat(session.get(0)).containsIgnoringCase("SameSite=Lax").containsIgnoringCase("HttpOnly");
    }

    private static void assertNotFramable(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Security-Policy"))
                .as(response.uri() + " Content-Security-Policy")
                .hasValueSatisfying(policy -> assertThat(policy).contains("frame-ancestors 'none'"));
        assertThat(response.headers().firstValue("X-Frame-Options"))
                .as(response.uri() + " X-Frame-Options")
                .hasValue("DENY");
    }

    /**
     * Cookies as a browser keeps them on localhost, which it counts as a secure context: Keycloak's
     * {@code Secure} cookies go back over plain HTTP there too.
     */
    static final class LocalhostCookies extends CookieManager {

        LocalhostCookies() {
            super(null, CookiePolicy.ACCEPT_ALL);
        }

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> headers) throws IOException {
            boolean local = "localhost".equals(uri.getHost()) && "http".equals(uri.getScheme());
            return super.get(local ? URI.create("https" + uri.toString().substring(4)) : uri, headers);
        }
    }

    private static String location(HttpResponse<String> response) {
        String location = response.headers()
                .firstValue("Location")
                .orElseThrow(() -> new AssertionError("no Location: " + response));
        return response.uri().resolve(location).toString();
    }

    private HttpResponse<String> get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET().build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return browser.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
