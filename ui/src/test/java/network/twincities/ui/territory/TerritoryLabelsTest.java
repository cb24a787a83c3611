package network.twincities.ui.territory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import java.util.List;
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
    void namesTheCountryInTheLanguage() {
        assertEquals("Morocco (MA)", TerritoryLabels.country("MA", Locale.ENGLISH));
        assertEquals("Maroc (MA)", TerritoryLabels.country("MA", Locale.FRENCH));
        assertEquals("", TerritoryLabels.country(null, Locale.FRENCH));
    }

    @Test
    void groupsThePopulationTheWayTheLanguageDoes() {
        assertEquals("6,861,739 (2014)", TerritoryLabels.population(6861739L, 2014, Locale.ENGLISH));
        assertEquals("1,000", TerritoryLabels.population(1000L, null, Locale.ENGLISH));
        assertEquals("", TerritoryLabels.population(null, 2014, Locale.ENGLISH));
    }

    @Test
    void sortsByNameAscendingUnlessAskedOtherwise() {
        assertEquals("name,asc", TerritoriesView.sortParameter(List.of()));
        assertEquals("name,asc", TerritoriesView.sortParameter(null));
        assertEquals(
                "name,desc",
                TerritoriesView.sortParameter(List.of(new QuerySortOrder("name", SortDirection.DESCENDING))));
        assertEquals(
                "name,asc",
                TerritoriesView.sortParameter(List.of(new QuerySortOrder("name", SortDirection.ASCENDING))));
    }
}
