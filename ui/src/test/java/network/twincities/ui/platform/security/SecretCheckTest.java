package network.twincities.ui.platform.security;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import network.twincities.config.MapConfig;
import network.twincities.config.Secrets;
import org.junit.jupiter.api.Test;

/** The UI's startup check on whole configurations, as Payara hands them over. */
class SecretCheckTest {

    @Test
    void refusesTheDemoClientSecretOutsideDemoMode() {
        var e = assertThrows(
                IllegalStateException.class,
                () -> SecretCheck.check(
                        new MapConfig(Map.of(SecretCheck.CLIENT_SECRET, OidcConfig.DEMO_CLIENT_SECRET))));
        assertTrue(
                e.getMessage().contains("TWINCITIES_OIDC_CLIENT_SECRET) is a published demo secret"), e.getMessage());
    }

    @Test
    void refusesAMissingClientSecretOutsideDemoMode() {
        var e = assertThrows(IllegalStateException.class, () -> SecretCheck.check(new MapConfig(Map.of())));
        assertTrue(e.getMessage().contains("TWINCITIES_OIDC_CLIENT_SECRET) is not set"), e.getMessage());
    }

    @Test
    void acceptsASecretOfItsOwnAndTheDemoInDemoMode() {
        assertDoesNotThrow(() -> SecretCheck.check(new MapConfig(Map.of(SecretCheck.CLIENT_SECRET, "k3-9vQ"))));
        assertDoesNotThrow(() -> SecretCheck.check(new MapConfig(Map.of(Secrets.DEMO, "true"))));
    }
}
