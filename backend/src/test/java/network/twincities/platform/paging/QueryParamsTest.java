package network.twincities.platform.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import network.twincities.platform.problem.ProblemException;
import network.twincities.territory.entity.TerritoryKind;
import org.junit.jupiter.api.Test;

class QueryParamsTest {

    @Test
    void readsAnEnumCaseInsensitively() {
        assertThat(QueryParams.enumValue("kind", "region", TerritoryKind.class)).isEqualTo(TerritoryKind.REGION);
        assertThat(QueryParams.enumValue("kind", " CITY ", TerritoryKind.class)).isEqualTo(TerritoryKind.CITY);
    }

    @Test
    void absentMeansNoFilter() {
        assertThat(QueryParams.enumValue("kind", null, TerritoryKind.class)).isNull();
        assertThat(QueryParams.enumValue("kind", "", TerritoryKind.class)).isNull();
        assertThat(QueryParams.text("   ")).isNull();
        assertThat(QueryParams.text(" casa ")).isEqualTo("casa");
    }

    @Test
    void unknownEnumValueIsBadRequestNamingTheAllowedOnes() {
        assertThatThrownBy(() -> QueryParams.enumValue("kind", "PLANET", TerritoryKind.class))
                .isInstanceOf(ProblemException.class)
                .hasMessageContaining("kind must be one of")
                .hasMessageContaining("MUNICIPALITY")
                .hasMessageContaining("PLANET");
    }
}
