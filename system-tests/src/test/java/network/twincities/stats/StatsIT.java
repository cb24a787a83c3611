package network.twincities.stats;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import network.twincities.it.Http;
import network.twincities.it.Projects;
import network.twincities.it.SystemTest;
import network.twincities.it.Tokens;
import network.twincities.it.Urls;
import org.junit.jupiter.api.Test;

/** The dashboard's figures follow the network: a project counts where it should, and stops counting once deleted. */
@SystemTest
class StatsIT {

    static JsonObject stats() {
        var response = Http.get(Urls.api() + "/stats", Tokens.of(Tokens.OFFICIAL_REHAMNA));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Http.object(response);
    }

    static long count(JsonObject stats, String map, String key) {
        var counts = stats.getJsonObject("projects").getJsonObject(map);
        return counts.containsKey(key) ? counts.getJsonNumber(key).longValue() : 0;
    }

    @Test
    void aProjectCountsByStatusAxisAndTerritoryWithItsBeneficiariesUntilDeleted() {
        var before = stats();
        assertThat(before.getJsonNumber("activeMous").longValue())
                .as("TCI-2024-001 is signed")
                .isPositive();
        assertThat(before.getJsonNumber("bestPractices").longValue())
                .as("the demo practices")
                .isGreaterThanOrEqualTo(4);
        assertThat(before.getJsonNumber("adoptions").longValue()).isNotNegative();

        String id = Projects.create(Projects.body(Projects.unique("Counted")));
        var during = stats();
        assertThat(during.getJsonNumber("beneficiaries").longValue()
                        - before.getJsonNumber("beneficiaries").longValue())
                .isEqualTo(500);
        assertThat(count(during, "byStatus", "ACTIVE") - count(before, "byStatus", "ACTIVE"))
                .isEqualTo(1);
        assertThat(count(during, "byAxis", "digital-inclusion") - count(before, "byAxis", "digital-inclusion"))
                .isEqualTo(1);
        for (String territory : new String[] {"casablanca-settat", "rehamna"}) {
            assertThat(count(during, "byTerritory", territory) - count(before, "byTerritory", territory))
                    .as(territory + ", as lead or as partner")
                    .isEqualTo(1);
        }
        assertThat(count(during, "byTerritory", "new-york-city"))
                .isEqualTo(count(before, "byTerritory", "new-york-city"));

        var current = Http.get(Projects.url(id), Tokens.of(Tokens.FORUM_ADMIN));
        var deleted = Http.delete(Projects.url(id), Tokens.of(Tokens.FORUM_ADMIN), Http.etag(current));
        assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(204);
        var after = stats();
        assertThat(after.getJsonNumber("beneficiaries")).isEqualTo(before.getJsonNumber("beneficiaries"));
        assertThat(after.getJsonObject("projects")).isEqualTo(before.getJsonObject("projects"));
    }

    @Test
    void theFiguresAreForSignedInCallersOnly() {
        assertThat(Http.get(Urls.api() + "/stats", null).statusCode()).isEqualTo(401);
        assertThat(Http.get(Urls.api() + "/stats", Tokens.syncClient()).statusCode())
                .isEqualTo(200);
    }
}
