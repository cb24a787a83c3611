package network.twincities.territory.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import network.twincities.platform.domain.RuleViolation;
import network.twincities.platform.text.LocalizedText;
import org.junit.jupiter.api.Test;

class TerritoryTest {

    static Territory territory(String slug, TerritoryKind kind) {
        return new Territory(slug, kind, new LocalizedText(slug, null, null), "test");
    }

    @Test
    void movesUnderAParent() {
        var morocco = territory("morocco", TerritoryKind.COUNTRY);
        var region = territory("marrakech-safi", TerritoryKind.REGION);
        region.moveUnder(morocco);
        assertThat(region.parent()).isSameAs(morocco);
    }

    @Test
    void cannotBeItsOwnParent() {
        var morocco = territory("morocco", TerritoryKind.COUNTRY);
        assertThatThrownBy(() -> morocco.moveUnder(morocco)).isInstanceOf(RuleViolation.class);
    }

    @Test
    void cannotMoveBelowItsOwnDescendant() {
        var morocco = territory("morocco", TerritoryKind.COUNTRY);
        var region = territory("marrakech-safi", TerritoryKind.REGION);
        var province = territory("rehamna", TerritoryKind.PROVINCE);
        region.moveUnder(morocco);
        province.moveUnder(region);

        assertThatThrownBy(() -> morocco.moveUnder(province))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("descendants");
        assertThat(morocco.parent()).as("unchanged").isNull();
    }

    @Test
    void auditFieldsAreSetOnCreation() {
        var territory = territory("rehamna", TerritoryKind.PROVINCE);
        assertThat(territory.createdBy()).isEqualTo("test");
        assertThat(territory.updatedBy()).isEqualTo("test");
        assertThat(territory.createdAt()).isEqualTo(territory.updatedAt()).isNotNull();
    }
}
