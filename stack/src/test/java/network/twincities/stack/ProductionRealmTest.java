package network.twincities.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The realm docker-compose.yml imports outside demo mode: no demo users, no demo clients, no secret of
 * its own, brute-force protection, short access tokens, exact redirect URIs. (JSON is YAML: SnakeYAML
 * reads it.)
 */
class ProductionRealmTest {

    static Map<String, Object> realm;

    @BeforeAll
    static void read() {
        realm = new Yaml().load(DockerComposeTest.read("keycloak/twincities-realm-production.json"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void hasNoDemoUsersAndOnlyTheUiAndTheBackendsAdminClient() {
        // the one user is the backend's service account, for Keycloak's admin API (partner systems, people)
        var users = (List<Map<String, Object>>) realm.getOrDefault("users", List.of());
        assertThat(users).extracting(u -> u.get("username")).containsExactly("service-account-twincities-backend");
        assertThat((Map<String, List<String>>) users.get(0).get("clientRoles"))
                .containsOnlyKeys("realm-management")
                .extractingByKey("realm-management")
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.list(String.class))
                .allMatch(role -> role.startsWith("view-") || role.startsWith("query-") || role.startsWith("manage-"))
                .doesNotContain("manage-realm", "realm-admin");
        assertThat(clients()).extracting(c -> c.get("clientId")).containsExactly("twincities-ui", "twincities-backend");
        assertThat(clients().get(1))
                .containsEntry("serviceAccountsEnabled", true)
                .containsEntry("standardFlowEnabled", false)
                .containsEntry("directAccessGrantsEnabled", false)
                .containsEntry("secret", "${TWINCITIES_KEYCLOAK_ADMIN_CLIENT_SECRET}");
        assertThat(DockerComposeTest.read("keycloak/twincities-realm-production.json"))
                .doesNotContainIgnoringCase("demo");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theUiClientIsConfidentialWithTheCodeFlowOnly() {
        var ui = clients().get(0);
        assertThat(ui)
                .containsEntry("publicClient", false)
                .containsEntry("standardFlowEnabled", true)
                .containsEntry("directAccessGrantsEnabled", false)
                .containsEntry("implicitFlowEnabled", false)
                .containsEntry("serviceAccountsEnabled", false)
                .containsEntry("secret", "${TWINCITIES_OIDC_CLIENT_SECRET}");
        assertThat((List<Object>) ui.get("redirectUris")).containsExactly("${TWINCITIES_UI_URL}/callback");
        assertThat((List<Object>) ui.get("webOrigins")).containsExactly("${TWINCITIES_UI_URL}");
        @SuppressWarnings("unchecked")
        var attributes = (Map<String, Object>) ui.get("attributes");
        assertThat(attributes).containsEntry("post.logout.redirect.uris", "${TWINCITIES_UI_URL}/signed-out");
    }

    @Test
    void protectsLoginsAndKeepsTokensShort() {
        assertThat(realm).containsEntry("bruteForceProtected", true).containsEntry("sslRequired", "external");
        assertThat((Integer) realm.get("failureFactor")).isBetween(3, 10);
        assertThat((Integer) realm.get("accessTokenLifespan")).isBetween(60, 600);
        assertThat((Integer) realm.get("ssoSessionIdleTimeout")).isLessThanOrEqualTo(3600);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> clients() {
        return (List<Map<String, Object>>) realm.get("clients");
    }
}
