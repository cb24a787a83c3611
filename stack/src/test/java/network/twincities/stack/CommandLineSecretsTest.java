package network.twincities.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What {@code ps} shows of the processes the local run launches: no password, no client secret. */
class CommandLineSecretsTest {

    static final String DB_PASSWORD = "db-Secret-4711";
    static final String CLIENT_SECRET = "client-Secret-0815";

    @Test
    void payaraGetsItsSecretsByEnvironment() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("twincities.db.url", "jdbc:postgresql://localhost:5433/postgres");
        properties.put("twincities.db.user", "postgres");
        properties.put("twincities.db.password", DB_PASSWORD);
        properties.put("twincities.db.owner-password", DB_PASSWORD + "-owner");
        properties.put("twincities.oidc.client-secret", CLIENT_SECRET);
        properties.put("twincities.demo", "true");

        var builder = PayaraServer.processBuilder(
                Path.of("payara-micro.jar"),
                List.of(Path.of("ROOT.war"), Path.of("api.war")),
                48080,
                properties,
                Path.of("target/command-line/payara.log"));

        assertThat(String.join(" ", builder.command()))
                .doesNotContain(DB_PASSWORD, CLIENT_SECRET, "password", "secret")
                .contains("-Dtwincities.db.url=jdbc:postgresql://localhost:5433/postgres", "-Dtwincities.demo=true");
        assertThat(builder.environment())
                .containsEntry("TWINCITIES_DB_PASSWORD", DB_PASSWORD)
                .containsEntry("TWINCITIES_DB_OWNER_PASSWORD", DB_PASSWORD + "-owner")
                .containsEntry("TWINCITIES_OIDC_CLIENT_SECRET", CLIENT_SECRET);
    }

    @Test
    void keycloakGetsItsSecretsByEnvironment() {
        var builder = KeycloakServer.processBuilder(
                Path.of("keycloak"),
                48180,
                "http://localhost:48080",
                new KeycloakServer.Database("jdbc:postgresql://localhost:5433/keycloak", "postgres", DB_PASSWORD));

        assertThat(String.join(" ", builder.command()))
                .doesNotContain(DB_PASSWORD, "password")
                .contains("--db-url=jdbc:postgresql://localhost:5433/keycloak");
        assertThat(builder.environment())
                .containsEntry("KC_DB_PASSWORD", DB_PASSWORD)
                .containsEntry("KC_BOOTSTRAP_ADMIN_PASSWORD", KeycloakServer.ADMIN_PASSWORD);
    }

    @Test
    void knowsASecretByItsName() {
        assertThat(PayaraServer.isSecret("twincities.db.password")).isTrue();
        assertThat(PayaraServer.isSecret("twincities.oidc.client-secret")).isTrue();
        assertThat(PayaraServer.isSecret("twincities.db.url")).isFalse();
        assertThat(PayaraServer.environmentName("twincities.oidc.client-secret"))
                .isEqualTo("TWINCITIES_OIDC_CLIENT_SECRET");
    }
}
