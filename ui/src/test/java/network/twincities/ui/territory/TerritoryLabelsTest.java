package network.twincities.ui.territory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class TerritoryLabelsTest {

    @Test
    void translatesKnownEnumValuesAndShowsUnknownOnesAsTheyAre() {
        assertEquals(
                "[territory.kind.REGION]",
                TerritoryLabels.enumLabel("territory.kind.", "REGION", Territory.KINDS, key -> "[" + key + "]"));
        assertEquals(
                "DISTRICT",
                TerritoryLabels.enumLabel("territory.kind.", "DISTRICT", Territory.KINDS, key -> "[" + key + "]"));
        assertEquals("", TerritoryLabels.enumLabel("territory.kind.", null, Territory.KINDS, key -> key));
    }

    @Test
    void groupsThePopulationTheWayTheLanguageDoes() {
        assertEquals("6,861,739 (2014)", TerritoryLabels.population(6861739L, 2014, Locale.ENGLISH));
        assertEquals("1,000", TerritoryLabels.population(1000L, null, Locale.ENGLISH));
        assertEquals("", TerritoryLabels.population(null, 2014, Locale.ENGLISH));
    }
}
