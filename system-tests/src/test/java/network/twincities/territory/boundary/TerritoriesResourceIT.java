package network.twincities.territory.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import network.twincities.it.Http;
import network.twincities.it.SystemTest;
import network.twincities.it.Tokens;
import network.twincities.it.Urls;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The territory directory of the demo network, as an API consumer reads it. */
@SystemTest
class TerritoriesResourceIT {

    static HttpResponse<String> get(String pathAndQuery) {
        return Http.get(Urls.api() + pathAndQuery, Tokens.of(Tokens.OFFICIAL_CASABLANCA));
    }

    static List<String> slugs(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Http.object(response).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(t -> t.getString("slug"))
                .toList();
    }

    // other tests of the run add territories: these assertions hold whatever they added

    @Test
    void listsTheDemoNetworkPagedAndSortedByName() {
        var all = slugs(get("/territories?size=200"));
        assertThat(all)
                .containsSubsequence(
                        "casablanca-settat", "marrakech-safi", "morocco", "new-york-city", "rehamna", "united-states");
        var response = get("/territories?size=4");
        var page = Http.object(response);
        assertThat(page.getInt("page")).isZero();
        assertThat(page.getInt("size")).isEqualTo(4);
        assertThat(page.getInt("total")).isEqualTo(all.size()).isGreaterThanOrEqualTo(6);
        assertThat(slugs(response)).isEqualTo(all.subList(0, 4));
        assertThat(slugs(get("/territories?size=4&page=1"))).isEqualTo(all.subList(4, Math.min(8, all.size())));
        assertThat(slugs(get("/territories?size=200&page=1"))).isEmpty();
    }

    @Test
    void sortsByAnAllowedFieldInBothDirections() {
        assertThat(slugs(get("/territories?sort=population,desc&kind=REGION&country=MA")))
                .startsWith("casablanca-settat")
                .endsWith("marrakech-safi");
        assertThat(slugs(get("/territories?sort=slug,desc&size=200")))
                .containsSubsequence("united-states", "rehamna", "new-york-city", "morocco");
    }

    @Test
    void filtersByKindCountryAndText() {
        assertThat(slugs(get("/territories?kind=COUNTRY"))).contains("morocco", "united-states");
        assertThat(slugs(get("/territories?kind=COUNTRY&country=MA"))).containsExactly("morocco");
        assertThat(slugs(get("/territories?country=US"))).containsExactlyInAnyOrder("united-states", "new-york-city");
        assertThat(slugs(get("/territories?q=casa"))).containsExactly("casablanca-settat");
        // text in French and in Arabic finds the same territory
        assertThat(slugs(get("/territories?q=" + Http.encode("Maroc")))).containsExactly("morocco");
        assertThat(slugs(get("/territories?q=" + Http.encode("الرحامنة")))).containsExactly("rehamna");
        assertThat(slugs(get("/territories?q=nowhere"))).isEmpty();
    }

    @Test
    void oneTerritoryWithAllItsFactsAndETag() {
        var response = get("/territories/casablanca-settat");
        assertThat(response.statusCode()).isEqualTo(200);
        var territory = Http.object(response);
        assertThat(territory.getString("kind")).isEqualTo("REGION");
        assertThat(territory.getString("parent")).isEqualTo("morocco");
        assertThat(territory.getString("country")).isEqualTo("MA");
        assertThat(territory.getString("isoCode")).isEqualTo("MA-06");
        assertThat(territory.getJsonNumber("population").longValue()).isEqualTo(6861739L);
        assertThat(territory.getInt("populationYear")).isEqualTo(2014);
        assertThat(territory.getJsonObject("location").getJsonNumber("lat").doubleValue())
                .isEqualTo(33.5731);
        assertThat(territory.getString("membership")).isEqualTo("MEMBER");
        var name = territory.getJsonObject("name");
        assertThat(name.getString("en")).isEqualTo("Casablanca-Settat");
        assertThat(name.getString("fr")).isEqualTo("Région Casablanca-Settat");
        assertThat(name.getString("ar")).isEqualTo("جهة الدار البيضاء-سطات");
        assertThat(response.headers().firstValue("ETag")).hasValue("\"" + territory.getInt("version") + "\"");
    }

    @Test
    void unknownTerritoryIs404Problem() {
        var response = get("/territories/atlantis");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        var problem = Http.object(response);
        assertThat(problem.getInt("status")).isEqualTo(404);
        assertThat(problem.getString("detail")).contains("atlantis");
        assertThat(problem.getString("instance")).startsWith("urn:uuid:");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "size=0",
                "size=201",
                "size=abc",
                "page=-1",
                "page=x",
                "sort=secret",
                "sort=name,sideways",
                "kind=PLANET"
            })
    void badListParameterIs400Problem(String query) {
        var response = get("/territories?" + query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        var problem = Http.object(response);
        assertThat(problem.getString("type")).endsWith("/bad-request");
        assertThat(problem.getString("detail")).isNotBlank();
    }

    @Test
    void unknownParametersAreIgnored() {
        assertThat(slugs(get("/territories?colour=blue&size=200"))).isEqualTo(slugs(get("/territories?size=200")));
    }
}
