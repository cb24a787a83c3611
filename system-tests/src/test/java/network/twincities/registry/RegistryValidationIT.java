package network.twincities.registry;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.stream.Stream;
import network.twincities.it.Http;
import network.twincities.it.SystemTest;
import network.twincities.it.Tokens;
import network.twincities.it.Urls;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input for every field of the registry gets a 4xx problem naming the field, never a 500, and
 * writes nothing; good text in any script comes back unchanged.
 */
@SystemTest
class RegistryValidationIT {

    static String admin() {
        return Tokens.of(Tokens.FORUM_ADMIN);
    }

    static final String VALID_TERRITORY =
            "{\"slug\": \"val-$N\", \"kind\": \"CITY\", \"name\": {\"en\": \"Valid\"}, \"parent\": \"rehamna\","
                    + " \"country\": \"MA\", \"population\": 1000, \"populationYear\": 2024,"
                    + " \"location\": {\"lat\": 32.0, \"lon\": -8.0}, \"membership\": \"CANDIDATE\"}";

    /** Each case: a body (with $N for a unique slug), the status, the field the problem must name. */
    static Stream<Arguments> badTerritories() {
        String x201 = "x".repeat(201);
        return Stream.of(
                Arguments.of("missing slug", "{\"kind\": \"CITY\", \"name\": {\"en\": \"A\"}}", 422, "slug"),
                Arguments.of("bad slug", VALID_TERRITORY.replace("val-$N", "Val $N!"), 422, "slug"),
                Arguments.of(
                        "slug too long", VALID_TERRITORY.replace("val-$N", "v" + "a".repeat(64) + "$N"), 422, "slug"),
                Arguments.of("missing kind", VALID_TERRITORY.replace("\"kind\": \"CITY\", ", ""), 422, "kind"),
                Arguments.of("unknown kind", VALID_TERRITORY.replace("CITY", "PLANET"), 422, "kind"),
                Arguments.of("kind of wrong type", VALID_TERRITORY.replace("\"CITY\"", "7"), 422, "kind"),
                Arguments.of(
                        "missing name", VALID_TERRITORY.replace("\"name\": {\"en\": \"Valid\"}, ", ""), 422, "name"),
                Arguments.of(
                        "name without English",
                        VALID_TERRITORY.replace("{\"en\": \"Valid\"}", "{\"fr\": \"Valide\"}"),
                        422,
                        "name.en"),
                Arguments.of("name too long", VALID_TERRITORY.replace("\"Valid\"", "\"" + x201 + "\""), 422, "name.en"),
                Arguments.of(
                        "name of wrong type", VALID_TERRITORY.replace("{\"en\": \"Valid\"}", "\"Valid\""), 422, "name"),
                Arguments.of(
                        "unknown language",
                        VALID_TERRITORY.replace("{\"en\": \"Valid\"}", "{\"en\": \"Valid\", \"de\": \"Gültig\"}"),
                        422,
                        "name.de"),
                Arguments.of("NUL character", VALID_TERRITORY.replace("\"Valid\"", "\"Val\\u0000id\""), 422, "name.en"),
                Arguments.of("unknown parent", VALID_TERRITORY.replace("\"rehamna\"", "\"atlantis\""), 422, "parent"),
                Arguments.of("bad country", VALID_TERRITORY.replace("\"MA\"", "\"Morocco\""), 422, "country"),
                Arguments.of("negative population", VALID_TERRITORY.replace("1000", "-1"), 422, "population"),
                Arguments.of("fractional population", VALID_TERRITORY.replace("1000", "10.5"), 422, "population"),
                Arguments.of("population as text", VALID_TERRITORY.replace("1000", "\"many\""), 422, "population"),
                Arguments.of("latitude out of range", VALID_TERRITORY.replace("32.0", "91"), 422, "location.lat"),
                Arguments.of("longitude missing", VALID_TERRITORY.replace(", \"lon\": -8.0", ""), 422, "location.lon"),
                Arguments.of("unknown membership", VALID_TERRITORY.replace("CANDIDATE", "VIP"), 422, "membership"),
                Arguments.of("malformed JSON", "{\"slug\": \"val-$N\", ", 400, null),
                Arguments.of("not an object", "[\"val-$N\"]", 400, null),
                Arguments.of("empty body", "", 400, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badTerritories")
    void badTerritoryIsRefusedAndNothingIsWritten(String what, String body, int status, String field) {
        String n = String.valueOf(System.nanoTime() % 1_000_000_000L);
        long before = count("territories");
        var response = Http.request("POST", Urls.api() + "/territories", body.replace("$N", n), admin());
        assertProblem(response, status, field);
        assertThat(count("territories")).as("nothing written").isEqualTo(before);
    }

    @Test
    void validTerritoryOfTheSameShapeIsAccepted() {
        var response = Http.postJson(Urls.api() + "/territories", VALID_TERRITORY.replace("$N", "ok"), admin());
        assertThat(response.statusCode()).as(response.body()).isIn(201, 409);
    }

    @Test
    void aTerritoryCannotBecomeItsOwnAncestor() {
        // rehamna lies below marrakech-safi below morocco: morocco cannot move below rehamna
        var morocco = Http.get(Urls.api() + "/territories/morocco", admin());
        var body = Http.object(morocco);
        String moved = "{\"kind\": \"COUNTRY\", \"name\": " + body.getJsonObject("name") + ", \"parent\": \"rehamna\"}";
        var response = Http.put(Urls.api() + "/territories/morocco", moved, admin(), Http.etag(morocco));
        assertProblem(response, 422, "parent");
        assertThat(Http.get(Urls.api() + "/territories/morocco", admin()).body())
                .isEqualTo(morocco.body());
        var self = "{\"kind\": \"COUNTRY\", \"name\": " + body.getJsonObject("name") + ", \"parent\": \"morocco\"}";
        assertProblem(Http.put(Urls.api() + "/territories/morocco", self, admin(), Http.etag(morocco)), 422, "parent");
    }

    @Test
    void arabicAndMixedDirectionTextRoundTripsUnchanged() {
        String arabic = "جهة الدار البيضاء-سطات ٢٠٢٤ (Anfa) «مدينة» \u200f";
        String french = "Région « Île-de-France » — été";
        String body =
                "{\"slug\": \"rtl-roundtrip\", \"kind\": \"REGION\", \"name\": {\"en\": \"Mixed ← → RTL\", \"fr\": \""
                        + french + "\", \"ar\": \"" + arabic + "\"}}";
        var created = Http.postJson(Urls.api() + "/territories", body, admin());
        assertThat(created.statusCode()).as(created.body()).isIn(201, 409);
        var name = Http.object(Http.get(Urls.api() + "/territories/rtl-roundtrip", admin()))
                .getJsonObject("name");
        assertThat(name.getString("ar")).isEqualTo(arabic);
        assertThat(name.getString("fr")).isEqualTo(french);
        assertThat(name.getString("en")).isEqualTo("Mixed ← → RTL");
    }

    @Test
    void wrongContentTypeIs415() {
        var response = Http.request(
                "POST",
                Urls.api() + "/territories",
                VALID_TERRITORY.replace("$N", "ct"),
                admin(),
                "Content-Type",
                "text/plain");
        assertProblem(response, 415, null);
    }

    @Test
    void bodyOverOneMebibyteIs413() {
        String huge = VALID_TERRITORY.replace("$N", "big").replace("\"Valid\"", "\"" + "x".repeat(1_100_000) + "\"");
        var response = Http.postJson(Urls.api() + "/territories", huge, admin());
        assertProblem(response, 413, null);
    }

    @Test
    void readOnlyFieldsAreNeverApplied() {
        var rehamna = Http.get(Urls.api() + "/territories/rehamna", admin());
        String body = rehamna.body().replaceFirst("\"createdBy\":\"[^\"]*\"", "\"createdBy\":\"someone-else\"");
        var response = Http.put(Urls.api() + "/territories/rehamna", body, admin(), Http.etag(rehamna));
        assertProblem(response, 422, "createdBy");
        // the same body with the current values is fine: GET → edit → PUT
        var unchanged = Http.put(Urls.api() + "/territories/rehamna", rehamna.body(), admin(), Http.etag(rehamna));
        assertThat(unchanged.statusCode()).as(unchanged.body()).isEqualTo(200);
    }

    static Stream<Arguments> badOthers() {
        return Stream.of(
                Arguments.of(
                        "organizations",
                        "{\"slug\": \"org-$N\", \"kind\": \"CLUB\", \"name\": {\"en\": \"O\"}}",
                        "kind"),
                Arguments.of(
                        "organizations",
                        "{\"slug\": \"org-$N\", \"kind\": \"NGO\", \"name\": {\"en\": \"O\"}, \"website\": \"javascript:alert(1)\"}",
                        "website"),
                Arguments.of("axes", "{\"slug\": \"axis-$N\", \"name\": {\"en\": \"A\"}, \"sdgs\": [18]}", "sdgs[0]"),
                Arguments.of("axes", "{\"slug\": \"axis-$N\", \"name\": {\"en\": \"A\"}, \"sdgs\": [3, 3]}", "sdgs[1]"),
                Arguments.of("axes", "{\"slug\": \"axis-$N\", \"name\": {\"en\": \"A\"}, \"sdgs\": \"9\"}", "sdgs"),
                Arguments.of(
                        "events",
                        "{\"slug\": \"ev-$N\", \"name\": {\"en\": \"E\"}, \"city\": \"rehamna\", \"from\": \"2024-05-23\", \"to\": \"2024-05-21\"}",
                        "to"),
                Arguments.of(
                        "events",
                        "{\"slug\": \"ev-$N\", \"name\": {\"en\": \"E\"}, \"city\": \"atlantis\", \"from\": \"2024-05-21\", \"to\": \"2024-05-21\"}",
                        "city"),
                Arguments.of(
                        "events",
                        "{\"slug\": \"ev-$N\", \"name\": {\"en\": \"E\"}, \"city\": \"rehamna\", \"from\": \"21/05/2024\", \"to\": \"2024-05-21\"}",
                        "from"));
    }

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("badOthers")
    void badOrganizationAxisOrEventIsRefused(String resource, String body, String field) {
        long before = count(resource);
        var response = Http.postJson(Urls.api() + "/" + resource, body.replace("$N", "x"), admin());
        assertProblem(response, 422, field);
        assertThat(count(resource)).isEqualTo(before);
    }

    @Test
    void duplicateSlugIs409() {
        String body = "{\"slug\": \"rehamna\", \"kind\": \"PROVINCE\", \"name\": {\"en\": \"Rehamna again\"}}";
        assertProblem(Http.postJson(Urls.api() + "/territories", body, admin()), 409, null);
        assertThat(Http.object(Http.get(Urls.api() + "/territories/rehamna", admin()))
                        .getJsonObject("name")
                        .getString("en"))
                .isEqualTo("Rehamna");
    }

    static long count(String resource) {
        return Http.object(Http.get(Urls.api() + "/" + resource + "?size=1", admin()))
                .getJsonNumber("total")
                .longValue();
    }

    static void assertProblem(HttpResponse<String> response, int status, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonObject problem = Http.object(response);
        assertThat(problem.getInt("status")).isEqualTo(status);
        assertThat(problem.getString("detail")).isNotBlank();
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at network.");
        if (field != null) {
            assertThat(problem.getJsonArray("errors").getValuesAs(JsonObject.class))
                    .extracting(e -> e.getString("field"))
                    .contains(field);
        }
    }
}
