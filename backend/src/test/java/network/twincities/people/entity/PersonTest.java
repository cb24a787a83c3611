package network.twincities.people.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import network.twincities.platform.domain.RuleViolation;
import org.junit.jupiter.api.Test;

class PersonTest {

    static Person admin() {
        return new Person(
                "id-1",
                "admin.forum",
                "Forum Administrator",
                "admin@x.example",
                null,
                Set.of("forum-admin"),
                "en",
                true,
                Instant.EPOCH,
                null);
    }

    static Person official() {
        return new Person(
                "id-2",
                "official.rehamna",
                "Youssef El Idrissi",
                "y@x.example",
                "rehamna",
                Set.of("official"),
                "fr",
                true,
                Instant.EPOCH,
                Instant.EPOCH);
    }

    @Test
    void theLastEnabledAdministratorCannotLoseTheRole() {
        var admin = admin();
        assertThatThrownBy(() -> admin.change("rehamna", Set.of("official"), true, false))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("last enabled forum administrator")
                .extracting(e -> ((RuleViolation) e).field())
                .isNull();
        assertThat(admin.roles()).containsExactly("forum-admin");
    }

    @Test
    void theLastEnabledAdministratorCannotBeDisabled() {
        var admin = admin();
        assertThatThrownBy(() -> admin.change(null, Set.of("forum-admin"), false, false))
                .isInstanceOf(RuleViolation.class);
        assertThat(admin.enabled()).isTrue();
    }

    @Test
    void anAdministratorMayStepDownWhenAnotherRemains() {
        var admin = admin();
        admin.change("rehamna", Set.of("official"), true, true);
        assertThat(admin.roles()).containsExactly("official");
        assertThat(admin.territory()).isEqualTo("rehamna");
    }

    @Test
    void anOfficialNeedsATerritoryAndEveryoneARole() {
        var official = official();
        assertThatThrownBy(() -> official.change(null, Set.of("official"), true, true))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).field())
                .isEqualTo("territory");
        assertThatThrownBy(() -> official.change("rehamna", Set.of(), true, true))
                .extracting(e -> ((RuleViolation) e).field())
                .isEqualTo("roles");
    }

    @Test
    void theVersionFollowsWhatAClientSeesButNotTheLastSignIn() {
        var official = official();
        int before = official.version();
        var sameButSignedInLater = new Person(
                "id-2",
                "official.rehamna",
                "Youssef El Idrissi",
                "y@x.example",
                "rehamna",
                Set.of("official"),
                "fr",
                true,
                Instant.EPOCH,
                Instant.now());
        assertThat(sameButSignedInLater.version()).isEqualTo(before);
        official.change("casablanca-settat", Set.of("official"), true, true);
        assertThat(official.version()).isNotEqualTo(before).isPositive();
        official.change("rehamna", Set.of("official"), true, true);
        assertThat(official.version()).isEqualTo(before);
        official.prefer("ar");
        assertThat(official.version()).isNotEqualTo(before);
    }

    @Test
    void onlyTheThreeLanguages() {
        assertThatThrownBy(() -> official().prefer("de"))
                .extracting(e -> ((RuleViolation) e).field())
                .isEqualTo("language");
        var unknown = new Person("id", "u", "U", "u@x.example", null, Set.of("official"), "de", true, null, null);
        assertThat(unknown.language()).isEqualTo("en");
    }
}
