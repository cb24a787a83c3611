package network.twincities.territory.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.JsonbBuilder;
import network.twincities.platform.text.LocalizedText;
import network.twincities.territory.entity.Membership;
import network.twincities.territory.entity.Territory;
import network.twincities.territory.entity.TerritoryKind;
import org.junit.jupiter.api.Test;

class TerritoryRepresentationTest {

    @Test
    void hasTheShapeOfTheContract() throws Exception {
        var morocco =
                new Territory("morocco", TerritoryKind.COUNTRY, new LocalizedText("Morocco", "Maroc", "المغرب"), "t");
        var region = new Territory(
                "casablanca-settat",
                TerritoryKind.REGION,
                new LocalizedText("Casablanca-Settat", null, "جهة الدار البيضاء-سطات"),
                "t");
        region.moveUnder(morocco);
        region.describe("MA", "MA-06", 6861739L, 2014, Membership.MEMBER);
        region.locate(33.5731, -7.5898);

        try (var jsonb = JsonbBuilder.create()) {
            String json = jsonb.toJson(TerritoryRepresentation.of(region));
            assertThat(json)
                    .contains("\"slug\":\"casablanca-settat\"")
                    .contains("\"kind\":\"REGION\"")
                    .contains("\"name\":{\"ar\":\"جهة الدار البيضاء-سطات\",\"en\":\"Casablanca-Settat\"}")
                    .contains("\"parent\":\"morocco\"")
                    .contains("\"location\":{\"lat\":33.5731,\"lon\":-7.5898}")
                    .contains("\"population\":6861739")
                    .contains("\"populationYear\":2014")
                    .contains("\"membership\":\"MEMBER\"")
                    .contains("\"version\":0")
                    .doesNotContain("\"fr\"")
                    .doesNotContain("null");
        }
    }

    @Test
    void leavesOutWhatIsUnknown() throws Exception {
        var usa = new Territory(
                "united-states", TerritoryKind.COUNTRY, new LocalizedText("United States", null, null), "t");
        try (var jsonb = JsonbBuilder.create()) {
            String json = jsonb.toJson(TerritoryRepresentation.of(usa));
            assertThat(json).doesNotContain("parent").doesNotContain("location").doesNotContain("population");
        }
    }
}
