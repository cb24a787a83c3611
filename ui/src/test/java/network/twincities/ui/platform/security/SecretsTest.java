package network.twincities.ui.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SecretsTest {

    @Test
    void refusesAMissingClientSecretOutsideDemoMode() {
        assertEquals(
                List.of("twincities.oidc.client-secret (TWINCITIES_OIDC_CLIENT_SECRET) is not set"),
                Secrets.problems(false, Map.of(SecretCheck.CLIENT_SECRET, Optional.empty())));
    }

    @Test
    void refusesTheDemoClientSecretOutsideDemoMode() {
        assertEquals(
                List.of("twincities.oidc.client-secret (TWINCITIES_OIDC_CLIENT_SECRET) is a published demo secret"),
                Secrets.problems(false, Map.of(SecretCheck.CLIENT_SECRET, Optional.of(OidcConfig.DEMO_CLIENT_SECRET))));
    }

    @Test
    void acceptsASecretOfItsOwnAndAnythingInDemoMode() {
        assertEquals(List.of(), Secrets.problems(false, Map.of(SecretCheck.CLIENT_SECRET, Optional.of("x9-Kq2"))));
        assertEquals(List.of(), Secrets.problems(true, Map.of(SecretCheck.CLIENT_SECRET, Optional.empty())));
    }

    @Test
    void theRefusalSaysWhatToDo() {
        var message = Secrets.refusal("UI", List.of("twincities.oidc.client-secret (X) is not set"));
        assertTrue(message.startsWith("The UI refuses to start outside demo mode: "), message);
        assertTrue(message.contains("TWINCITIES_DEMO=true"), message);
    }
}
