package network.twincities.axis.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import network.twincities.platform.domain.RuleViolation;
import network.twincities.platform.text.LocalizedText;
import org.junit.jupiter.api.Test;

class AxisTest {

    @Test
    void servesSdgsInOrder() {
        var axis = new Axis("social-protection", new LocalizedText("Social protection", null, null), "t");
        axis.edit(axis.name(), null, List.of(10, 1, 3));
        assertThat(axis.sdgs()).containsExactly(1, 3, 10);
    }

    @Test
    void thereAreSeventeenSdgs() {
        var axis = new Axis("x-axis", new LocalizedText("X", null, null), "t");
        assertThatThrownBy(() -> axis.edit(axis.name(), null, List.of(18))).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> axis.edit(axis.name(), null, List.of(0))).isInstanceOf(RuleViolation.class);
        assertThat(axis.sdgs()).isEmpty();
    }
}
