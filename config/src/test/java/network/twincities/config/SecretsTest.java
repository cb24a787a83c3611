package network.twincities.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SecretsTest {

    @Test
    void refusesAMissingSecretOutsideDemoMode() {
        assertThat(Secrets.problems(false, Map.of("twincities.db.password", Optional.empty())))
                .containsExactly("twincities.db.password (TWINCITIES_DB_PASSWORD) is not set");
        assertThat(Secrets.problems(false, Map.of("twincities.db.password", Optional.of("  "))))
                .containsExactly("twincities.db.password (TWINCITIES_DB_PASSWORD) is not set");
    }

    @Test
    void refusesEveryPublishedDemoSecretOutsideDemoMode() {
        for (String demo : Secrets.DEMO_VALUES) {
            assertThat(Secrets.problems(false, Map.of("twincities.db.owner-password", Optional.of(demo))))
                    .as(demo)
                    .containsExactly(
                            "twincities.db.owner-password (TWINCITIES_DB_OWNER_PASSWORD) is a published demo secret");
        }
    }

    @Test
    void acceptsSecretsOfTheirOwn() {
        assertThat(Secrets.problems(
                        false,
                        Map.of(
                                "twincities.db.password", Optional.of("c0rrect-h0rse"),
                                "twincities.db.owner-password", Optional.of("b4ttery-st4ple"))))
                .isEmpty();
    }

    @Test
    void acceptsAnythingInDemoMode() {
        assertThat(Secrets.problems(
                        true, Map.of("twincities.db.password", Optional.of("postgres"), "x", Optional.empty())))
                .isEmpty();
    }

    @Test
    void namesEveryProblemAndTheWayOut() {
        var problems = Secrets.problems(
                false,
                Map.of(
                        "twincities.db.password",
                        Optional.of("twincities"),
                        "twincities.db.owner-password",
                        Optional.empty()));
        assertThat(problems).hasSize(2);
        assertThat(Secrets.refusal("backend", problems))
                .startsWith("The backend refuses to start outside demo mode: ")
                .contains("TWINCITIES_DB_OWNER_PASSWORD", "TWINCITIES_DB_PASSWORD", "TWINCITIES_DEMO=true");
    }

    @Test
    void aPartWithADemoSecretRefusesToStartOutsideDemoModeOnly() {
        var secrets = Map.of("twincities.oidc.client-secret", Optional.of("demo-ui-secret"));
        assertThatThrownBy(() -> Secrets.require("UI", new MapConfig(Map.of()), secrets))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("The UI refuses to start outside demo mode: ")
                .hasMessageContaining("TWINCITIES_OIDC_CLIENT_SECRET");
        assertThatCode(() -> Secrets.require("UI", new MapConfig(Map.of(Secrets.DEMO, "true")), secrets))
                .doesNotThrowAnyException();
        assertThatCode(() -> Secrets.require(
                        "UI", new MapConfig(Map.of()), Map.of("twincities.oidc.client-secret", Optional.of("x9-Kq2"))))
                .doesNotThrowAnyException();
    }
}
