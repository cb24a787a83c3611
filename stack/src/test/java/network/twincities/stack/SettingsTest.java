package network.twincities.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsTest {

    @Test
    void environmentVariableNamesFollowMicroProfileConfig() {
        assertThat(Settings.environmentName("twincities.db.url")).isEqualTo("TWINCITIES_DB_URL");
        assertThat(Settings.environmentName("twincities.demo-data.enabled")).isEqualTo("TWINCITIES_DEMO_DATA_ENABLED");
    }

    @Test
    void readsTheEnvironmentWithADefault() {
        var settings = new Settings(Map.of("TWINCITIES_HTTP_PORT", "9090", "TWINCITIES_DB_URL", "  "));
        assertThat(settings.port("twincities.http.port", 8080)).isEqualTo(9090);
        assertThat(settings.port("twincities.keycloak.port", 8180)).isEqualTo(8180);
        assertThat(settings.get("twincities.db.url"))
                .as("blank counts as absent")
                .isEmpty();
    }

    @Test
    void systemPropertyWinsOverEnvironment() {
        System.setProperty("twincities.test.value", "from-property");
        try {
            var settings = new Settings(Map.of("TWINCITIES_TEST_VALUE", "from-environment"));
            assertThat(settings.get("twincities.test.value", "default")).isEqualTo("from-property");
        } finally {
            System.clearProperty("twincities.test.value");
        }
    }

    @Test
    void aPortMustBeAPortNumber() {
        var settings = new Settings(Map.of("TWINCITIES_HTTP_PORT", "eighty", "TWINCITIES_KEYCLOAK_PORT", "70000"));
        assertThatThrownBy(() -> settings.port("twincities.http.port", 8080))
                .hasMessageContaining("TWINCITIES_HTTP_PORT");
        assertThatThrownBy(() -> settings.port("twincities.keycloak.port", 8180))
                .hasMessageContaining("70000");
    }
}
