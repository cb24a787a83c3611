package network.twincities.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the rest of the API learns about its caller. */
class CallerTest {

    @Test
    void anonymous() {
        var caller = new Caller(null);
        assertThat(caller.authenticated()).isFalse();
        assertThat(caller.name()).isEqualTo("anonymous");
        assertThat(caller.roles()).isEmpty();
        assertThat(caller.territory()).isNull();
    }

    @Test
    void anOfficial() {
        var caller =
                new Caller(new BearerToken("official.rehamna", Set.of("official"), "rehamna", 0, "twincities-cli"));
        assertThat(caller.authenticated()).isTrue();
        assertThat(caller.name()).isEqualTo("official.rehamna");
        assertThat(caller.roles()).containsExactly("official");
        assertThat(caller.territory()).isEqualTo("rehamna");
    }

    @Test
    void aUserWithoutRoleIsAuthenticatedButMayNotRead() {
        var claims = Jsons.PROVIDER
                .createObjectBuilder()
                .add("sub", "f3a1")
                .add("preferred_username", "no.role")
                .add("exp", 1_800_000_000L)
                .build();
        var caller = new Caller(BearerToken.of(claims));
        assertThat(caller.authenticated()).isTrue();
        assertThat(caller.roles()).isEmpty();
        assertThat(Policy.allows(caller.roles(), Action.READ)).isFalse();
    }
}
