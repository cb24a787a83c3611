package network.twincities.notification.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class AudienceTest {

    @Test
    void aCallerBelongsToItsLoginItsRolesAndItsTerritory() {
        assertThat(Audience.of("official.rehamna", Set.of("official"), "rehamna"))
                .containsExactlyInAnyOrder(
                        Audience.user("official.rehamna"), Audience.role("official"), Audience.territory("rehamna"));
        assertThat(Audience.of("admin.forum", Set.of("forum-admin"), null))
                .containsExactlyInAnyOrder(Audience.user("admin.forum"), Audience.role("forum-admin"));
    }

    @Test
    void storedAsKindAndName() {
        assertThat(Audience.territory("rehamna").toString()).isEqualTo("territory:rehamna");
        assertThat(Audience.parse("role:forum-admin")).isEqualTo(Audience.role("forum-admin"));
        assertThat(Audience.parse("user:a:b")).isEqualTo(Audience.user("a:b"));
        assertThatThrownBy(() -> Audience.parse("group:x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Audience.parse("role:")).isInstanceOf(IllegalArgumentException.class);
    }
}
