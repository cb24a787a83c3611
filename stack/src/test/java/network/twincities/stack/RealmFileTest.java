package network.twincities.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The realm file of {@code keycloak/} and the themes beside it: the realm shows the network's sign-in
 * pages and e-mails in its three languages, lets users reset a forgotten password, and sends e-mails
 * through the SMTP server the run gives it. (The pages themselves are checked in a browser by the
 * system tests.)
 */
class RealmFileTest {

    static final Path KEYCLOAK = DockerComposeTest.REPOSITORY.resolve("keycloak");
    static Map<String, Object> realm;

    @BeforeAll
    static void read() throws IOException {
        realm = new Yaml().load(Files.readString(KEYCLOAK.resolve("twincities-realm.json")));
    }

    @Test
    void usesTheNetworksThemesInThreeLanguages() throws IOException {
        assertThat(realm)
                .containsEntry("loginTheme", "twincities")
                .containsEntry("emailTheme", "twincities")
                .containsEntry("internationalizationEnabled", true)
                .containsEntry("defaultLocale", "en");
        assertThat(realm.get("supportedLocales")).asList().containsExactlyInAnyOrder("en", "fr", "ar");
        for (String type : new String[] {"login", "email"}) {
            Path theme = KEYCLOAK.resolve("themes/twincities").resolve(type);
            assertThat(properties(theme.resolve("theme.properties")).getProperty("locales"))
                    .isEqualTo("en,fr,ar");
            for (String language : new String[] {"en", "fr", "ar"}) {
                var messages = properties(theme.resolve("messages/messages_" + language + ".properties"));
                assertThat(messages.stringPropertyNames())
                        .as(type + " " + language)
                        .isNotEmpty();
                messages.forEach((key, text) -> assertThat((String) text)
                        .as(type + " " + language + " " + key)
                        .contains("TwinCities Network"));
            }
        }
        // the same keys in every language
        var english = properties(KEYCLOAK.resolve("themes/twincities/login/messages/messages_en.properties"));
        var arabic = properties(KEYCLOAK.resolve("themes/twincities/login/messages/messages_ar.properties"));
        assertThat(arabic.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        assertThat(KEYCLOAK.resolve("themes/twincities/login/resources/css/twincities.css"))
                .isRegularFile();
    }

    @Test
    void allowsResettingAForgottenPasswordAndSigningInByEmail() {
        assertThat(realm).containsEntry("resetPasswordAllowed", true).containsEntry("loginWithEmailAllowed", true);
    }

    @Test
    void sendsEmailsThroughTheServerTheRunGivesIt() {
        @SuppressWarnings("unchecked")
        var smtp = (Map<String, Object>) realm.get("smtpServer");
        // the environment of KeycloakServer.launch, read when the realm is imported
        assertThat(smtp)
                .containsEntry("host", "${TWINCITIES_MAIL_SMTP_HOST:localhost}")
                .containsEntry("port", "${TWINCITIES_MAIL_SMTP_PORT:3025}")
                .containsEntry("from", "${TWINCITIES_MAIL_FROM:noreply@twincities.network}");
    }

    @Test
    void theRunEmailsTheDemoLoginsWithTheCatcherOnly() {
        var mail = new KeycloakServer.Mail("localhost", 3025, "noreply@twincities.network");
        assertThat(TwinCitiesStack.mailProperties(mail, true))
                .containsEntry("twincities.mail.smtp.host", "localhost")
                .containsEntry("twincities.mail.smtp.port", "3025")
                .containsEntry("twincities.mail.from", "noreply@twincities.network")
                .containsEntry("twincities.mail.to.forum-admin", "admin.forum@twincities.example")
                .containsEntry("twincities.mail.to.territory.rehamna", "official.rehamna@twincities.example")
                .containsEntry("twincities.mail.to.user.official.casablanca", "official.casablanca@twincities.example");
        assertThat(TwinCitiesStack.mailProperties(mail, false))
                .containsOnlyKeys("twincities.mail.smtp.host", "twincities.mail.smtp.port", "twincities.mail.from");
    }

    static Properties properties(Path file) throws IOException {
        var properties = new Properties();
        properties.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
        return properties;
    }
}
