package network.twincities.platform.configuration;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import network.twincities.config.MapConfig;
import org.junit.jupiter.api.Test;

/** The backend's startup check on whole configurations, as Payara hands them over. */
class SecretCheckTest {

    @Test
    void refusesTheDemoDatabasePasswordOutsideDemoMode() {
        assertThatThrownBy(() -> SecretCheck.check(new MapConfig(Map.of("twincities.db.password", "postgres"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("twincities.db.password (TWINCITIES_DB_PASSWORD) is a published demo secret");
    }

    @Test
    void refusesAMissingDatabasePassword() {
        assertThatThrownBy(() -> SecretCheck.check(new MapConfig(Map.of("twincities.demo", "false"))))
                .hasMessageContaining("twincities.db.password (TWINCITIES_DB_PASSWORD) is not set");
    }

    @Test
    void wantsTheOwnersPasswordOnlyWithAnOwner() {
        assertThatCode(() -> SecretCheck.check(new MapConfig(Map.of(
                        "twincities.db.password", "x7-own", "twincities.keycloak.admin.client-secret", "k9-own"))))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> SecretCheck.check(new MapConfig(Map.of(
                        "twincities.db.password",
                        "x7-own",
                        "twincities.keycloak.admin.client-secret",
                        "k9-own",
                        "twincities.db.owner-user",
                        "twincities_owner"))))
                .hasMessageContaining("twincities.db.owner-password (TWINCITIES_DB_OWNER_PASSWORD) is not set");
    }

    @Test
    void refusesTheDemoRealmsAdminApiSecret() {
        assertThatThrownBy(() -> SecretCheck.check(new MapConfig(Map.of(
                        "twincities.db.password", "x7-own",
                        "twincities.keycloak.admin.client-secret", "demo-backend-secret"))))
                .hasMessageContaining(
                        "twincities.keycloak.admin.client-secret (TWINCITIES_KEYCLOAK_ADMIN_CLIENT_SECRET)"
                                + " is a published demo secret");
    }

    @Test
    void acceptsTheDemoSecretsInDemoMode() {
        assertThatCode(() -> SecretCheck.check(new MapConfig(Map.of(
                        "twincities.demo", "true",
                        "twincities.db.password", "postgres",
                        "twincities.db.owner-user", "postgres"))))
                .doesNotThrowAnyException();
    }
}
