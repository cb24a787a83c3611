package network.twincities.people;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import network.twincities.it.Http;
import network.twincities.it.Ports;
import network.twincities.it.TestStack;
import network.twincities.it.Tokens;
import network.twincities.it.Urls;

/** What the tests of people share: the realm's SMTP server, invitations and their e-mails, Keycloak's view. */
public final class People {

    static final AtomicBoolean MAIL = new AtomicBoolean();

    /** The link of Keycloak's e-mail that opens its action (set the password). */
    static final Pattern LINK = Pattern.compile("https?://[^\\s\"<>]+/login-actions/action-token\\?key=[^\\s\"<>]+");

    private People() {}

    /** Keycloak's realm sends its e-mails (invitations) to the tests' GreenMail: set once per run. */
    public static void realmSendsMailToTheTests() {
        if (MAIL.get()) {
            return;
        }
        var response = Http.put(
                Urls.keycloak() + "/admin/realms/twincities",
                "{\"smtpServer\": {\"host\": \"127.0.0.1\", \"port\": \"" + Ports.mail() + "\","
                        + " \"from\": \"noreply@twincities.test\", \"fromDisplayName\": \"TwinCities Network\"}}",
                Tokens.keycloakAdmin(),
                null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
        MAIL.set(true);
    }

    public static String admin() {
        return Tokens.of(Tokens.FORUM_ADMIN);
    }

    /** A unique e-mail address for an invitation. */
    public static String email(String who) {
        return who + "-" + Long.toString(System.nanoTime(), 36) + "@people.test";
    }

    /** Invites an official as the forum administrator; answers the new person. */
    public static jakarta.json.JsonObject invite(String name, String email, String territory, String language) {
        realmSendsMailToTheTests();
        var response = Http.postJson(
                Urls.api() + "/people",
                "{\"name\": \"" + name + "\", \"email\": \"" + email + "\", \"territory\": \"" + territory
                        + "\", \"language\": \"" + language + "\"}",
                admin());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return Http.object(response);
    }

    /** The id of the person who signs in with this login (forum administrator's view). */
    public static String idOf(String login) {
        var page = Http.object(Http.get(Urls.api() + "/people?size=200&q=" + Http.encode(login), admin()));
        return page.getJsonArray("items").getValuesAs(jakarta.json.JsonObject.class).stream()
                .filter(p -> p.getString("email").startsWith(login + "@")
                        || p.getString("email").equals(login))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no person " + login + " in " + page))
                .getString("id");
    }

    /** The invitation e-mail to this address; waits up to 30 s. */
    public static MimeMessage invitationTo(String to) throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        while (true) {
            for (var message : TestStack.mail().getReceivedMessages()) {
                if (recipients(message).contains(to)) {
                    return message;
                }
            }
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("no invitation e-mail to " + to);
            }
            Thread.sleep(200);
        }
    }

    /** The text of an e-mail, all its parts. */
    public static String text(MimeMessage message) throws Exception {
        Object content = message.getContent();
        if (content instanceof jakarta.mail.Multipart multipart) {
            var text = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                text.append(multipart.getBodyPart(i).getContent()).append('\n');
            }
            return text.toString();
        }
        return content.toString();
    }

    /** The link of the invitation, HTML entities undone. */
    public static String link(MimeMessage message) throws Exception {
        var matcher = LINK.matcher(text(message));
        assertThat(matcher.find()).as("a link in " + text(message)).isTrue();
        return matcher.group().replace("&amp;", "&");
    }

    static List<String> recipients(MimeMessage message) throws MessagingException {
        var to = message.getRecipients(Message.RecipientType.TO);
        return to == null
                ? List.of()
                : Arrays.stream(to).map(a -> ((InternetAddress) a).getAddress()).toList();
    }

    /** Sets a person's password through Keycloak's admin API, as the invitee would by the e-mail's link. */
    public static void setPassword(String id, String password) {
        var response = Http.put(
                Urls.keycloak() + "/admin/realms/twincities/users/" + id + "/reset-password",
                "{\"type\": \"password\", \"value\": \"" + password + "\", \"temporary\": false}",
                Tokens.keycloakAdmin(),
                null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
    }

    /** The password grant of {@code twincities-cli} for this login: Keycloak's answer (200 with a token, or not). */
    public static java.net.http.HttpResponse<String> signIn(String login, String password) {
        return Http.postForm(
                Urls.keycloak() + "/realms/twincities/protocol/openid-connect/token",
                Map.of(
                        "grant_type",
                        "password",
                        "client_id",
                        "twincities-cli",
                        "username",
                        login,
                        "password",
                        password),
                null);
    }

    /** The person's sessions as Keycloak counts them. */
    public static int sessions(String id) {
        return Http.array(Http.get(
                        Urls.keycloak() + "/admin/realms/twincities/users/" + id + "/sessions", Tokens.keycloakAdmin()))
                .size();
    }
}
