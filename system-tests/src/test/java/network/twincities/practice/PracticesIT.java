package network.twincities.practice;

import static network.twincities.practice.PracticeFixtures.admin;
import static network.twincities.practice.PracticeFixtures.adopt;
import static network.twincities.practice.PracticeFixtures.adoption;
import static network.twincities.practice.PracticeFixtures.adoptions;
import static network.twincities.practice.PracticeFixtures.body;
import static network.twincities.practice.PracticeFixtures.collection;
import static network.twincities.practice.PracticeFixtures.firstError;
import static network.twincities.practice.PracticeFixtures.practiceOf;
import static network.twincities.practice.PracticeFixtures.unique;
import static network.twincities.practice.PracticeFixtures.url;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.stream.Stream;
import network.twincities.it.Http;
import network.twincities.it.SystemTest;
import network.twincities.it.Tokens;
import network.twincities.it.Urls;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Best practices through the API: their life, filters, full-text search in the network's three
 * languages, adoptions, matchmaking and the validation of each field.
 */
@SystemTest
class PracticesIT {

    static String casablanca() {
        return Tokens.of(Tokens.OFFICIAL_CASABLANCA);
    }

    static String rehamna() {
        return Tokens.of(Tokens.OFFICIAL_REHAMNA);
    }

    static List<JsonObject> items(String query) {
        var response = Http.get(collection() + query, admin());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Http.object(response).getJsonArray("items").getValuesAs(JsonObject.class);
    }

    static List<String> titles(String query) {
        return items(query).stream()
                .map(p -> p.getJsonObject("title").getString("en", ""))
                .toList();
    }

    @Test
    void anOfficialSharesEditsAndDeletesAPracticeOfItsTerritory() {
        String title = unique("Digital counters");
        var created = Http.postJson(collection(), body("casablanca-settat", title), casablanca());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        var practice = Http.object(created);
        String id = practice.getString("id");
        assertThat(created.headers().firstValue("Location").orElseThrow()).endsWith("/best-practices/" + id);
        assertThat(practice.getString("territory")).isEqualTo("casablanca-settat");
        assertThat(practice.getJsonArray("axes").getString(0)).isEqualTo("digital-inclusion");
        var outcome = practice.getJsonArray("outcomes").getJsonObject(0);
        assertThat(outcome.getString("indicator")).isEqualTo("people trained");
        assertThat(outcome.getJsonNumber("value").doubleValue()).isEqualTo(1200.5);
        assertThat(outcome.getString("unit")).isEqualTo("people");
        assertThat(outcome.getString("asOf")).isEqualTo("2025-06-30");
        assertThat(practice.getJsonArray("tags").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString)
                .containsExactly("Formation numérique", "test");
        assertThat(practice.getString("createdBy")).isEqualTo(Tokens.OFFICIAL_CASABLANCA);

        var read = Http.get(url(id), Tokens.syncClient());
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(Http.etag(read)).isEqualTo(Http.etag(created));

        String edited = read.body().replace("A practice made by a test.", "Edited by its official.");
        assertThat(Http.put(url(id), edited, casablanca(), null).statusCode()).isEqualTo(428);
        assertThat(Http.put(url(id), edited, casablanca(), "\"99\"").statusCode())
                .isEqualTo(412);
        var updated = Http.put(url(id), edited, casablanca(), Http.etag(read));
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        assertThat(Http.object(updated).getJsonObject("summary").getString("en"))
                .isEqualTo("Edited by its official.");
        assertThat(Http.etag(updated)).isNotEqualTo(Http.etag(read));
        assertThat(Http.object(updated).getString("updatedBy")).isEqualTo(Tokens.OFFICIAL_CASABLANCA);

        assertThat(Http.delete(url(id), casablanca(), null).statusCode()).isEqualTo(428);
        assertThat(Http.delete(url(id), casablanca(), Http.etag(read)).statusCode())
                .isEqualTo(412);
        var deleted = Http.delete(url(id), casablanca(), Http.etag(updated));
        assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(204);
        assertThat(Http.get(url(id), admin()).statusCode()).isEqualTo(404);
    }

    @Test
    void theDemoNetworkHasMoroccosFourPracticesWithTheirOutcomes() {
        var demo = items("?territory=morocco&size=200");
        assertThat(demo)
                .extracting(p -> p.getJsonObject("title").getString("en"))
                .contains(
                        "Unified Social Registry (RSU): digital targeting of social support",
                        "AMO Tadamon: compulsory health insurance for vulnerable groups",
                        "Jisr strategy: digital social services",
                        "Jisr for Empowerment and Leadership: online training platform for women");
        var amo = demo.stream()
                .filter(p -> p.getJsonObject("title").getString("en").startsWith("AMO Tadamon"))
                .findFirst()
                .orElseThrow();
        assertThat(amo.getJsonObject("title").getString("ar")).isEqualTo("أمو تضامن");
        assertThat(amo.getJsonObject("title").getString("fr")).startsWith("AMO Tadamon");
        assertThat(amo.getJsonArray("outcomes")
                        .getJsonObject(0)
                        .getJsonNumber("value")
                        .longValue())
                .isEqualTo(10_000_000L);
        assertThat(Http.array(Http.get(adoptions(amo.getString("id")), admin())))
                .isEmpty();
    }

    @Test
    void filtersByTerritoryAxisAndTagAndPages() {
        String tag = unique("tag");
        String id = practiceOf("rehamna");
        var current = Http.get(url(id), admin());
        String tagged = current.body().replace("\"test\"", "\"" + tag + "\"");
        assertThat(Http.put(url(id), tagged, admin(), Http.etag(current)).statusCode())
                .isEqualTo(200);

        assertThat(items("?tag=" + tag)).extracting(p -> p.getString("id")).containsExactly(id);
        assertThat(items("?tag=" + tag + "&territory=rehamna")).hasSize(1);
        assertThat(items("?tag=" + tag + "&territory=morocco")).isEmpty();
        assertThat(items("?tag=" + tag + "&axis=digital-inclusion")).hasSize(1);
        assertThat(items("?tag=" + tag + "&axis=women-empowerment")).isEmpty();
        assertThat(items("?territory=morocco&axis=women-empowerment"))
                .extracting(p -> p.getJsonObject("title").getString("en"))
                .containsExactly("Jisr for Empowerment and Leadership: online training platform for women");

        var page = Http.object(Http.get(collection() + "?territory=morocco&size=2&page=1&sort=title,desc", admin()));
        assertThat(page.getInt("page")).isEqualTo(1);
        assertThat(page.getInt("size")).isEqualTo(2);
        assertThat(page.getJsonNumber("total").longValue()).isGreaterThanOrEqualTo(4);
        assertThat(Http.get(collection() + "?sort=nosuch,asc", admin()).statusCode())
                .isEqualTo(400);
    }

    @Test
    void searchFindsEachLanguageMostRelevantFirst() {
        String id = practiceOf("casablanca-settat");
        var current = Http.get(url(id), admin());
        String described = current.body()
                .replaceFirst(
                        "\"summary\":\\{[^}]*\\}",
                        "\"description\":{\"en\":\"Rooftop aquaponics for school canteens.\","
                                + "\"fr\":\"Le maraîchage sur les toits des cantines scolaires.\","
                                + "\"ar\":\"الزراعة المائية فوق أسطح المقاصف المدرسية.\"},"
                                + "\"summary\":{\"en\":\"A practice made by a test.\"}");
        var updated = Http.put(url(id), described, admin(), Http.etag(current));
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);

        for (String q : List.of(
                "aquaponics", "school canteen", "maraîchage", "cantines scolaires", "الزراعة المائية", "المقاصف")) {
            assertThat(items("?q=" + Http.encode(q)))
                    .as(q)
                    .extracting(p -> p.getString("id"))
                    .contains(id);
        }
        assertThat(items("?q=" + Http.encode("aquaponics -canteens")))
                .extracting(p -> p.getString("id"))
                .doesNotContain(id);

        // the demo practices, in each language
        assertThat(titles("?q=" + Http.encode("health insurance")))
                .first()
                .asString()
                .startsWith("AMO Tadamon");
        assertThat(titles("?q=" + Http.encode("assurance maladie")))
                .first()
                .asString()
                .startsWith("AMO Tadamon");
        assertThat(titles("?q=" + Http.encode("المهارات الحياتية")))
                .contains("Jisr for Empowerment and Leadership: online training platform for women");
        // a word of the title weighs more than one of the description
        assertThat(titles("?q=registry&territory=morocco"))
                .first()
                .isEqualTo("Unified Social Registry (RSU): digital targeting of social support");
    }

    @ParameterizedTest(name = "q = {0}")
    @ValueSource(
            strings = {
                "' OR 1=1 --",
                "'; DROP TABLE best_practice; --",
                "<script>alert(1)</script>",
                "a & b | !c <-> d",
                "\\",
                "%_%",
                "(((",
                ":*",
                "\"unbalanced",
                "-",
                "or",
                "إدماج' OR '1'='1"
            })
    void anyTextIsASearchNeverAnError(String q) {
        var response = Http.get(collection() + "?q=" + Http.encode(q), admin());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(Http.object(response).getJsonNumber("total").longValue()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void aNulInAFilterIsABadRequest() {
        var response = Http.get(collection() + "?q=a%00b", admin());
        assertThat(response.statusCode()).as(response.body()).isIn(400);
    }

    @Test
    void anotherTerritoryAdoptsOnceAndChangesItsStatus() {
        String id = practiceOf("casablanca-settat");
        var created = adopt(id, "rehamna", "PLANNED", rehamna());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location").orElseThrow())
                .endsWith("/best-practices/" + id + "/adoptions/rehamna");
        var adoption = Http.object(created);
        assertThat(adoption.getString("territory")).isEqualTo("rehamna");
        assertThat(adoption.getString("status")).isEqualTo("PLANNED");
        assertThat(adoption.getString("notes")).isEqualTo("by a test");
        assertThat(adoption.getString("createdBy")).isEqualTo(Tokens.OFFICIAL_REHAMNA);

        var again = adopt(id, "rehamna", "ADOPTED", rehamna());
        assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
        assertThat(Http.object(again).getString("detail"))
                .contains("'rehamna'")
                .contains("PLANNED")
                .contains("/adoptions/rehamna");

        var own = adopt(id, "casablanca-settat", "PLANNED", casablanca());
        assertThat(firstError(own).getString("field")).isEqualTo("territory");
        assertThat(firstError(own).getString("message")).contains("own practice");

        var read = Http.get(adoption(id, "rehamna"), Tokens.syncClient());
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(Http.etag(read)).isEqualTo(Http.etag(created));
        String changed = read.body().replace("PLANNED", "IN_PROGRESS").replace("by a test", "two communes first");
        assertThat(Http.put(adoption(id, "rehamna"), changed, rehamna(), null).statusCode())
                .isEqualTo(428);
        assertThat(Http.put(adoption(id, "rehamna"), changed, rehamna(), "\"42\"")
                        .statusCode())
                .isEqualTo(412);
        var updated = Http.put(adoption(id, "rehamna"), changed, rehamna(), Http.etag(read));
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        assertThat(Http.object(updated).getString("status")).isEqualTo("IN_PROGRESS");
        assertThat(Http.object(updated).getString("notes")).isEqualTo("two communes first");
        assertThat(Http.etag(updated)).isNotEqualTo(Http.etag(read));

        var moved = Http.put(
                adoption(id, "rehamna"),
                Http.get(adoption(id, "rehamna"), admin()).body().replace("\"rehamna\"", "\"new-york-city\""),
                admin(),
                Http.etag(updated));
        assertThat(firstError(moved).getString("field")).isEqualTo("territory");

        JsonArray list = Http.array(Http.get(adoptions(id), Tokens.syncClient()));
        assertThat(list).hasSize(1);
        assertThat(list.getJsonObject(0).getString("status")).isEqualTo("IN_PROGRESS");

        assertThat(Http.get(adoption(id, "morocco"), admin()).statusCode()).isEqualTo(404);
        assertThat(Http.get(adoptions("no-such-practice"), admin()).statusCode())
                .isEqualTo(404);

        var withdrawn = Http.delete(adoption(id, "rehamna"), rehamna(), Http.etag(updated));
        assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(204);
        assertThat(Http.array(Http.get(adoptions(id), admin()))).isEmpty();
    }

    @Test
    void deletingAPracticeDeletesItsAdoptionsAndAuditsThem() {
        String id = practiceOf("casablanca-settat");
        assertThat(adopt(id, "rehamna", "ADOPTED", admin()).statusCode()).isEqualTo(201);
        var current = Http.get(url(id), admin());
        var deleted = Http.delete(url(id), admin(), Http.etag(current));
        assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(204);
        assertThat(Http.get(adoptions(id), admin()).statusCode()).isEqualTo(404);
        var audit = Http.object(Http.get(
                        Urls.api() + "/audit?resource=best-practices&id=" + Http.encode(id + "/adoptions/rehamna"),
                        admin()))
                .getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertThat(audit).extracting(e -> e.getString("action")).contains("CREATE", "DELETE");
    }

    @Test
    void suggestedAdoptersAreTheTerritoriesThatFitWithTheirReasons() {
        String rsu = items("?territory=morocco&q=" + Http.encode("Unified Social Registry"))
                .get(0)
                .getString("id");
        var response = Http.get(url(rsu) + "/suggested-adopters?limit=50", Tokens.syncClient());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        var suggestions = Http.array(response).getValuesAs(JsonObject.class);
        assertThat(suggestions).extracting(s -> s.getString("territory")).doesNotContain("morocco");
        assertSorted(suggestions);
        var rehamna = suggestions.stream()
                .filter(s -> s.getString("territory").equals("rehamna"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("rehamna works on both axes of the RSU: " + suggestions));
        assertThat(reasons(rehamna)).contains("SHARED_AXIS:social-protection", "SHARED_AXIS:digital-inclusion");

        // a practice of Casablanca-Settat: Rehamna has signed an MoU with it
        String id = practiceOf("casablanca-settat");
        var forCasablanca =
                Http.array(Http.get(url(id) + "/suggested-adopters", admin())).getValuesAs(JsonObject.class);
        assertThat(forCasablanca).hasSizeLessThanOrEqualTo(10);
        assertThat(forCasablanca).extracting(s -> s.getString("territory")).doesNotContain("casablanca-settat");
        var rehamnaToo = forCasablanca.stream()
                .filter(s -> s.getString("territory").equals("rehamna"))
                .findFirst()
                .orElseThrow();
        assertThat(reasons(rehamnaToo)).contains("EXISTING_MOU:TCI-2024-001", "SHARED_AXIS:digital-inclusion");

        // once Rehamna adopted it, it is no longer suggested
        assertThat(adopt(id, "rehamna", "PLANNED", rehamna()).statusCode()).isEqualTo(201);
        assertThat(Http.array(Http.get(url(id) + "/suggested-adopters?limit=50", admin()))
                        .getValuesAs(JsonObject.class))
                .extracting(s -> s.getString("territory"))
                .doesNotContain("rehamna", "casablanca-settat");

        assertThat(Http.array(Http.get(url(id) + "/suggested-adopters?limit=1", admin())))
                .hasSizeLessThanOrEqualTo(1);
    }

    @Test
    void suggestedTwinsSayWhy() {
        var response = Http.get(Urls.api() + "/territories/rehamna/suggested-twins?limit=50", casablanca());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        var suggestions = Http.array(response).getValuesAs(JsonObject.class);
        assertSorted(suggestions);
        assertThat(suggestions).extracting(s -> s.getString("territory")).doesNotContain("rehamna");
        var casablanca = suggestions.stream()
                .filter(s -> s.getString("territory").equals("casablanca-settat"))
                .findFirst()
                .orElseThrow();
        assertThat(reasons(casablanca)).contains("EXISTING_MOU:TCI-2024-001", "SHARED_AXIS:social-protection");
        // Morocco's practices report outcomes on axes Rehamna works on without a practice of its own there
        var morocco = suggestions.stream()
                .filter(s -> s.getString("territory").equals("morocco"))
                .findFirst()
                .orElseThrow();
        assertThat(reasons(morocco)).anyMatch(r -> r.startsWith("COMPLEMENTARY_OUTCOME:"));
        assertThat(Http.get(Urls.api() + "/territories/atlantis/suggested-twins", admin())
                        .statusCode())
                .isEqualTo(404);
    }

    @ParameterizedTest(name = "limit={0}")
    @ValueSource(strings = {"0", "51", "-1", "abc", "1e3", "99999999999"})
    void aLimitOutOfRangeIsABadRequest(String limit) {
        String rsu = items("?territory=morocco").get(0).getString("id");
        assertThat(Http.get(url(rsu) + "/suggested-adopters?limit=" + limit, admin())
                        .statusCode())
                .isEqualTo(400);
        assertThat(Http.get(Urls.api() + "/territories/rehamna/suggested-twins?limit=" + limit, admin())
                        .statusCode())
                .isEqualTo(400);
    }

    static void assertSorted(List<JsonObject> suggestions) {
        for (int i = 0; i < suggestions.size(); i++) {
            var s = suggestions.get(i);
            double score = s.getJsonNumber("score").doubleValue();
            assertThat(score).isBetween(0.0, 1.0);
            assertThat(s.getJsonArray("reasons")).isNotEmpty();
            if (i > 0) {
                var previous = suggestions.get(i - 1);
                double before = previous.getJsonNumber("score").doubleValue();
                assertThat(before).isGreaterThanOrEqualTo(score);
                if (before == score) {
                    assertThat(previous.getString("territory")).isLessThan(s.getString("territory"));
                }
            }
        }
    }

    static List<String> reasons(JsonObject suggestion) {
        return suggestion.getJsonArray("reasons").getValuesAs(JsonObject.class).stream()
                .map(r -> r.getString("kind") + ":" + r.getString("detail"))
                .toList();
    }

    /** Cooperation axes are never deleted (405); a territory that a practice or an adoption names is not either. */
    @Test
    void aTerritoryAPracticeNamesCannotBeDeleted() {
        String slug = unique("t-owner");
        assertThat(Http.postJson(
                                Urls.api() + "/territories",
                                "{\"slug\": \"" + slug + "\", \"kind\": \"CITY\", \"name\": {\"en\": \"Owner\"}}",
                                admin())
                        .statusCode())
                .isEqualTo(201);
        String title = unique("Referenced practice");
        var created = Http.postJson(collection(), body(slug, title), admin());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        var owner = Http.get(Urls.api() + "/territories/" + slug, admin());
        var refusedOwner = Http.delete(Urls.api() + "/territories/" + slug, admin(), Http.etag(owner));
        assertThat(refusedOwner.statusCode()).as(refusedOwner.body()).isEqualTo(409);
        assertThat(Http.object(refusedOwner).getString("detail")).contains("best practice '" + title + "'");

        // an adopting territory, too
        String adopter = unique("t-adopter");
        Http.postJson(
                Urls.api() + "/territories",
                "{\"slug\": \"" + adopter + "\", \"kind\": \"CITY\", \"name\": {\"en\": \"Adopter\"}}",
                admin());
        String id = Http.object(created).getString("id");
        assertThat(adopt(id, adopter, "ADOPTED", admin()).statusCode()).isEqualTo(201);
        var current = Http.get(Urls.api() + "/territories/" + adopter, admin());
        var refused = Http.delete(Urls.api() + "/territories/" + adopter, admin(), Http.etag(current));
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
        assertThat(Http.object(refused).getString("detail"))
                .contains("adoption")
                .contains(title);
    }

    static Stream<Arguments> invalidFields() {
        String t201 = "x".repeat(201);
        return Stream.of(
                Arguments.of("no title", "\"title\": {\"en\": \"T\", \"fr\": \"T (fr)\"},", "", "title"),
                Arguments.of(
                        "a title of no language",
                        "\"title\": {\"en\": \"T\", \"fr\": \"T (fr)\"}",
                        "\"title\": {}",
                        "title"),
                Arguments.of(
                        "a title of 201",
                        "\"title\": {\"en\": \"T\"",
                        "\"title\": {\"en\": \"" + t201 + "\"",
                        "title.en"),
                Arguments.of(
                        "a title in German",
                        "\"title\": {\"en\": \"T\"",
                        "\"title\": {\"de\": \"T\", \"en\": \"T\"",
                        "title.de"),
                Arguments.of(
                        "a summary of 2001",
                        "\"summary\": {\"en\": \"A practice made by a test.\"}",
                        "\"summary\": {\"ar\": \"" + "ع".repeat(2001) + "\"}",
                        "summary.ar"),
                Arguments.of(
                        "a description of 20001",
                        "\"summary\"",
                        "\"description\": {\"fr\": \"" + "é".repeat(20_001) + "\"}, \"summary\"",
                        "description.fr"),
                Arguments.of(
                        "a NUL in the title", "\"title\": {\"en\": \"T", "\"title\": {\"en\": \"T\\u0000", "title.en"),
                Arguments.of("a NUL in a tag", "\"test\"", "\"te\\u0000st\"", "tags[0]"),
                Arguments.of(
                        "a NUL in an outcome",
                        "\"people trained\"",
                        "\"people\\u0000trained\"",
                        "outcomes[0].indicator"),
                Arguments.of("no territory", "\"territory\": \"casablanca-settat\",", "", "territory"),
                Arguments.of("an unknown territory", "\"casablanca-settat\"", "\"atlantis\"", "territory"),
                Arguments.of("an unknown axis", "\"digital-inclusion\"", "\"no-such-axis\"", "axes"),
                Arguments.of(
                        "an axis twice",
                        "[\"digital-inclusion\"]",
                        "[\"digital-inclusion\", \"digital-inclusion\"]",
                        "axes[1]"),
                Arguments.of("a value that is text", "\"value\": 1200.5", "\"value\": \"1200\"", "outcomes[0].value"),
                Arguments.of("no value", "\"value\": 1200.5,", "", "outcomes[0].value"),
                Arguments.of("no unit", ", \"unit\": \"people\"", "", "outcomes[0].unit"),
                Arguments.of("no indicator", "\"indicator\": \"people trained\",", "", "outcomes[0].indicator"),
                Arguments.of("a bad asOf", "\"2025-06-30\"", "\"30/06/2025\"", "outcomes[0].asOf"),
                Arguments.of("outcomes not a list", "\"outcomes\": [", "\"outcomes\": 3, \"x\": [", "outcomes"),
                Arguments.of("a tag of 41", "\"test\"", "\"" + "t".repeat(41) + "\"", "tags[0]"),
                Arguments.of("a blank tag", "\"test\"", "\"  \"", "tags[0]"),
                Arguments.of("a tag twice", "\"test\", \"Formation numérique\"", "\"test\", \"test\"", "tags[1]"),
                Arguments.of(
                        "21 tags",
                        "\"test\", \"Formation numérique\"",
                        String.join(
                                ", ",
                                java.util.stream.IntStream.rangeClosed(1, 21)
                                        .mapToObj(i -> "\"t" + i + "\"")
                                        .toList()),
                        "tags"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidFields")
    void eachInvalidFieldIsA422NamingIt(String what, String from, String to, String field) {
        String valid = body("casablanca-settat", "T");
        assertThat(valid).contains(from);
        long before = PracticeFixtures.total();
        var response = Http.postJson(collection(), valid.replace(from, to), admin());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        assertThat(Http.object(response).getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field"))
                .contains(field);
        assertThat(PracticeFixtures.total()).as("nothing written").isEqualTo(before);
    }

    @Test
    void anAdoptionNeedsAKnownTerritoryAndStatus() {
        String id = practiceOf("casablanca-settat");
        assertThat(firstError(adopt(id, "atlantis", "PLANNED", admin())).getString("field"))
                .isEqualTo("territory");
        assertThat(firstError(adopt(id, "rehamna", "MAYBE", admin())).getString("field"))
                .isEqualTo("status");
        var noStatus = Http.postJson(adoptions(id), "{\"territory\": \"rehamna\"}", admin());
        assertThat(firstError(noStatus).getString("field")).isEqualTo("status");
        var longNotes = Http.postJson(
                adoptions(id),
                "{\"territory\": \"rehamna\", \"status\": \"PLANNED\", \"notes\": \"" + "n".repeat(2001) + "\"}",
                admin());
        assertThat(firstError(longNotes).getString("field")).isEqualTo("notes");
        var nul = Http.postJson(
                adoptions(id),
                "{\"territory\": \"rehamna\", \"status\": \"PLANNED\", \"notes\": \"a\\u0000b\"}",
                admin());
        assertThat(firstError(nul).getString("field")).isEqualTo("notes");
        assertThat(Http.array(Http.get(adoptions(id), admin()))).isEmpty();
    }
}
