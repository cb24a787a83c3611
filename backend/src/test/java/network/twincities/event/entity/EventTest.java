package network.twincities.event.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import network.twincities.platform.domain.RuleViolation;
import network.twincities.platform.text.LocalizedText;
import network.twincities.territory.entity.Territory;
import network.twincities.territory.entity.TerritoryKind;
import org.junit.jupiter.api.Test;

class EventTest {

    static final Territory NEW_YORK =
            new Territory("new-york-city", TerritoryKind.CITY, new LocalizedText("New York City", null, null), "t");

    @Test
    void lastsFromItsFirstToItsLastDay() {
        var expo = new Event("expo", new LocalizedText("Expo", null, null), "t");
        expo.edit(expo.name(), null, NEW_YORK, null, LocalDate.of(2024, 5, 21), LocalDate.of(2024, 5, 23));
        assertThat(expo.city()).isSameAs(NEW_YORK);
        assertThat(expo.to()).isAfter(expo.from());
    }

    @Test
    void aOneDayEventIsFine() {
        var day = new Event("day", new LocalizedText("Day", null, null), "t");
        day.edit(day.name(), null, NEW_YORK, null, LocalDate.of(2024, 5, 21), LocalDate.of(2024, 5, 21));
        assertThat(day.from()).isEqualTo(day.to());
    }

    @Test
    void cannotEndBeforeItStarts() {
        var expo = new Event("expo", new LocalizedText("Expo", null, null), "t");
        assertThatThrownBy(() -> expo.edit(
                        expo.name(), null, NEW_YORK, null, LocalDate.of(2024, 5, 23), LocalDate.of(2024, 5, 21)))
                .isInstanceOf(RuleViolation.class);
    }
}
