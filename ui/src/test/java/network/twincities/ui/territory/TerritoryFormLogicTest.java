package network.twincities.ui.territory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import network.twincities.ui.platform.api.LocalizedText;
import org.junit.jupiter.api.Test;

/** What the form and the map make of a territory, without a browser. */
class TerritoryFormLogicTest {

    private static final Territory REHAMNA = new Territory(
            "rehamna",
            "PROVINCE",
            new LocalizedText("Rehamna", "Rehamna", "إقليم الرحامنة"),
            "marrakech-safi",
            "MA",
            "MA-REH",
            315077L,
            2014,
            new Territory.Location(32.24, -7.95),
            "MEMBER",
            4L,
            "2024-05-22T14:00:00Z",
            "admin.forum",
            null,
            null);

    @Test
    void aDraftRoundTripsAndWritesNoReadOnlyField() {
        Territory written = TerritoryDraft.of(REHAMNA).toTerritory();
        assertEquals(REHAMNA.forWrite(true), written);
        assertNull(written.version());
        assertNull(written.createdAt());
        assertNull(REHAMNA.forWrite(false).slug());
        assertEquals("rehamna", REHAMNA.forWrite(true).slug());
    }

    @Test
    void blankValuesAreAbsentAndALocationNeedsACoordinate() {
        TerritoryDraft draft = TerritoryDraft.of(null);
        draft.slug = "new-town";
        draft.kind = "CITY";
        draft.nameEn = " New Town ";
        draft.nameFr = "  ";
        draft.isoCode = "";
        Territory territory = draft.toTerritory();
        assertEquals(new LocalizedText("New Town", null, null), territory.name());
        assertNull(territory.isoCode());
        assertNull(territory.location());
        assertNull(territory.parent());

        draft.lat = 12.5;
        assertEquals(new Territory.Location(12.5, null), draft.toTerritory().location());
    }

    @Test
    void theMapMarksOnlyTerritoriesWithACompleteLocation() {
        Territory noLocation = TerritoryTreeTest.territory("morocco", "Morocco", null);
        Territory halfLocation = new Territory(
                "half",
                "CITY",
                null,
                null,
                null,
                null,
                null,
                null,
                new Territory.Location(1.0, null),
                null,
                1L,
                null,
                null,
                null,
                null);
        List<TerritoryMap.Marker> markers =
                TerritoryMap.markers(List.of(REHAMNA, noLocation, halfLocation), new Locale("ar"));
        assertEquals(List.of(new TerritoryMap.Marker("rehamna", "إقليم الرحامنة", 32.24, -7.95)), markers);
    }

    @Test
    void markerNamesAreSentAsJsonData() {
        String json = TerritoryMap.json(List.of(new TerritoryMap.Marker("x", "<b>\"x\"</b>", 1.5, -2.0)));
        assertTrue(json.contains("\"name\":\"<b>\\\"x\\\"</b>\""), json);
        assertTrue(json.contains("\"lat\":1.5"), json);
    }

    @Test
    void locationsReadInTheLanguage() {
        assertEquals("32.24, -7.95", TerritoryView.location(new Territory.Location(32.24, -7.95), Locale.ENGLISH));
        assertEquals("32,24, -7,95", TerritoryView.location(new Territory.Location(32.24, -7.95), Locale.FRENCH));
        assertEquals("", TerritoryView.location(null, Locale.ENGLISH));
    }
}
