package network.twincities.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import network.twincities.it.Http;
import network.twincities.it.SystemTest;
import network.twincities.it.Urls;
import org.junit.jupiter.api.Test;

/** What operators and consumers find beside the API: health (the OpenAPI document: {@link OpenApiIT}). */
@SystemTest
class PlatformIT {

    @Test
    void readyWithTheDatabaseCheck() {
        var response = Http.get(Urls.server() + "/health/ready", null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        var health = Http.object(response);
        assertThat(health.getString("status")).isEqualTo("UP");
        assertThat(health.getJsonArray("checks").getValuesAs(JsonObject.class)).anySatisfy(check -> {
            assertThat(check.getString("name")).isEqualTo("database");
            assertThat(check.getString("status")).isEqualTo("UP");
        });
    }

    @Test
    void live() {
        assertThat(Http.get(Urls.server() + "/health/live", null).statusCode()).isEqualTo(200);
    }

    @Test
    void unknownPathIs404Problem() {
        var response = Http.get(Urls.api() + "/no-such-resource", null);
        assertThat(response.statusCode()).isIn(401, 404);
        assertThat(response.body()).doesNotContain("Exception");
    }
}
