package network.twincities.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import network.twincities.it.Http;
import network.twincities.it.SystemTest;
import network.twincities.it.Urls;
import org.junit.jupiter.api.Test;

/** What operators and consumers find beside the API: health, the OpenAPI document, metrics. */
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
    void openApiDescribesTheTerritories() {
        var response = Http.get(Urls.server() + "/openapi", null);
        assertThat(response.statusCode()).isEqualTo(200);
        // Payara names the WAR's context root as a server and the paths below it
        assertThat(response.body())
                .contains("url: " + Urls.server() + "/api")
                .contains("/v1/territories:")
                .contains("/v1/territories/{slug}")
                .contains("    Territory:")
                .contains("bearer");
    }

    @Test
    void openApiDescribesEveryOperationOfTheRegistryWithItsErrors() {
        String doc = Http.get(Urls.server() + "/openapi", null).body();
        for (String path : new String[] {
            "/v1/territories:",
            "/v1/territories/{slug}:",
            "/v1/organizations:",
            "/v1/organizations/{slug}:",
            "/v1/axes:",
            "/v1/axes/{slug}:",
            "/v1/events:",
            "/v1/events/{slug}:",
            "/v1/mous:",
            "/v1/mous/{id}:",
            "/v1/mous/{id}/submit:",
            "/v1/mous/{id}/approve:",
            "/v1/mous/{id}/request-changes:",
            "/v1/mous/{id}/reject:",
            "/v1/mous/{id}/terminate:",
            "/v1/mous/{id}/signatures:",
            "/v1/mous/{id}/history:",
            "/v1/mous/{id}/document:",
            "/v1/audit:"
        }) {
            assertThat(doc).as(path).contains(path);
        }
        // schemas, examples, and the problem responses (roles are in the descriptions)
        assertThat(doc)
                .contains("    Organization:", "    Axis:", "    Event:", "    Problem:", "    AuditEntry:")
                .contains("    Memorandum:", "    MemorandumPage:", "    MemorandumTransition:", "    Signature:")
                .contains("    Reason:", "operationId: signMou", "application/pdf")
                .contains("Forum administrators")
                .contains("\"412\"", "\"428\"", "\"422\"", "\"409\"", "\"403\"", "\"401\"")
                .contains("examples:")
                .contains("smart-city-expo-usa-2024");
    }

    @Test
    void theHistoryOfAnMouIsDocumentedAsAList() {
        String doc = Http.get(Urls.server() + "/openapi", null).body();
        int start = doc.indexOf("/v1/mous/{id}/history:");
        assertThat(start).as(doc).isPositive();
        int end = doc.indexOf("\n  /", start + 1);
        String history = doc.substring(start, end < 0 ? doc.length() : end);
        assertThat(history).as(history).contains("type: array").contains("operationId: getMouHistory");
    }

    @Test
    void unknownPathIs404Problem() {
        var response = Http.get(Urls.api() + "/no-such-resource", null);
        assertThat(response.statusCode()).isIn(401, 404);
        assertThat(response.body()).doesNotContain("Exception");
    }
}
