package network.twincities.project;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.stream.Stream;
import network.twincities.it.Http;
import network.twincities.it.Mous;
import network.twincities.it.Projects;
import network.twincities.it.SystemTest;
import network.twincities.it.Tokens;
import network.twincities.it.Urls;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Projects through the API: their life (create, read, edit, soft delete), progress updates, filters,
 * full-text search in English, French and Arabic, paging, the validation of each field, and what a
 * project's references mean for deleting a territory.
 */
@SystemTest
class ProjectsIT {

    static String admin() {
        return Tokens.of(Tokens.FORUM_ADMIN);
    }

    static String casablanca() {
        return Tokens.of(Tokens.OFFICIAL_CASABLANCA);
    }

    static JsonObject page(String query) {
        var response = Http.get(Urls.api() + "/projects" + query, admin());
        assertThat(response.statusCode()).as(query + ": " + response.body()).isEqualTo(200);
        return Http.object(response);
    }

    static List<String> ids(String query) {
        return page(query).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getString("id"))
                .toList();
    }

    @Test
    void aProjectIsCreatedReadEditedAndDeleted() {
        String title = Projects.unique("Life");
        var created = Http.postJson(Urls.api() + "/projects", Projects.body(title), casablanca());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        var project = Http.object(created);
        String id = project.getString("id");
        assertThat(created.headers().firstValue("Location")).hasValue(Projects.url(id));
        assertThat(Http.etag(created)).isEqualTo("\"1\"");
        assertThat(project.getString("status")).isEqualTo("ACTIVE");
        assertThat(project.getString("mou")).isEqualTo(Mous.idOf("TCI-2024-001"));
        assertThat(project.getJsonArray("partners").toString()).isEqualTo("[\"rehamna\",\"world-smart-cities-forum\"]");
        assertThat(project.getJsonObject("budget").toString())
                .isEqualTo("{\"amount\":1200000.00,\"currency\":\"MAD\"}");
        assertThat(project.getJsonArray("indicators").getJsonObject(0).getInt("progress"))
                .isEqualTo(25);
        assertThat(project.getString("createdBy")).isEqualTo("official.casablanca");

        var read = Http.get(Projects.url(id), Tokens.syncClient());
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).isEqualTo(created.body());

        String edited = read.body()
                .replace("\"current\":50", "\"current\":150")
                .replace("\"progress\":25", "\"progress\":75")
                .replace("\"status\":\"ACTIVE\"", "\"status\":\"ON_HOLD\"");
        var put = Http.put(Projects.url(id), edited, casablanca(), Http.etag(read));
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
        assertThat(Http.etag(put)).isEqualTo("\"2\"");
        assertThat(Http.object(put).getString("status")).isEqualTo("ON_HOLD");
        assertThat(Http.object(put).getJsonArray("indicators").getJsonObject(0).getInt("progress"))
                .isEqualTo(75);

        var report =
                Http.postJson(Projects.url(id) + "/updates", "{\"text\": \"First\", \"progress\": 10}", casablanca());
        assertThat(report.statusCode()).as(report.body()).isEqualTo(201);
        Http.postJson(Projects.url(id) + "/updates", "{\"text\": \"Second\", \"progress\": 20}", admin());
        var updates = Http.array(Http.get(Projects.url(id) + "/updates", Tokens.syncClient()));
        assertThat(updates.getValuesAs(JsonObject.class).stream().map(u -> u.getString("text")))
                .containsExactly("Second", "First");
        assertThat(updates.getJsonObject(1).getString("author")).isEqualTo("official.casablanca");
        assertThat(updates.getJsonObject(1).getInt("progress")).isEqualTo(10);

        var current = Http.get(Projects.url(id), admin());
        var deleted = Http.delete(Projects.url(id), casablanca(), Http.etag(current));
        assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(204);
        assertThat(Http.get(Projects.url(id), admin()).statusCode()).isEqualTo(404);
        assertThat(Http.get(Projects.url(id) + "/updates", admin()).statusCode())
                .isEqualTo(404);
        assertThat(Http.delete(Projects.url(id), admin(), Http.etag(current)).statusCode())
                .isEqualTo(404);
        assertThat(ids("?q=" + Http.encode(title))).isEmpty();
        var audit = Http.object(Http.get(Urls.api() + "/audit?resource=projects&id=" + id, admin()));
        assertThat(audit.getJsonArray("items").toString()).contains("DELETE").contains("CREATE");
    }

    @Test
    void theListFiltersByTerritoryAxisStatusMouExternalIdAndText() {
        String tag = Projects.unique("filter");
        String a = Projects.create(
                Projects.body(tag + " alpha").replace("\"status\": \"ACTIVE\"", "\"status\": \"PROPOSED\""));
        String b = Projects.create(Projects.body(tag + " beta")
                .replace(
                        "\"leadTerritory\": \"casablanca-settat\", \"partners\": [\"rehamna\", ",
                        "\"leadTerritory\": \"rehamna\", \"partners\": [\"new-york-city\", ")
                .replace("\"axes\": [\"digital-inclusion\"]", "\"axes\": [\"social-protection\"]")
                .replace("{\"title\": {\"en\"", "{\"externalId\": \"" + tag + "\", \"title\": {\"en\""));
        String q = "&q=" + Http.encode(tag);
        assertThat(ids("?size=200" + q)).containsExactlyInAnyOrder(a, b);
        assertThat(ids("?territory=casablanca-settat" + q)).containsExactly(a);
        assertThat(ids("?territory=rehamna" + q)).as("lead or partner").containsExactlyInAnyOrder(a, b);
        assertThat(ids("?territory=new-york-city" + q)).containsExactly(b);
        assertThat(ids("?axis=social-protection" + q)).containsExactly(b);
        assertThat(ids("?status=proposed" + q)).containsExactly(a);
        assertThat(ids("?status=ACTIVE" + q)).containsExactly(b);
        assertThat(ids("?mou=" + Mous.idOf("TCI-2024-001") + q)).containsExactlyInAnyOrder(a, b);
        assertThat(ids("?externalId=" + tag)).containsExactly(b);
        assertThat(ids("?territory=atlantis" + q)).isEmpty();
        for (String bad : List.of("?status=FINISHED", "?mou=TCI-2024-001", "?sort=budget,asc", "?q=a%00b")) {
            var response = Http.get(Urls.api() + "/projects" + bad, admin());
            assertThat(response.statusCode()).as(bad + ": " + response.body()).isEqualTo(400);
        }
    }

    @Test
    void searchFindsEnglishFrenchAndArabicTextMostRelevantFirst() {
        String tag = Projects.unique("zq").replace("-", "");
        String body = """
                {"title": {"en": "Irrigation %1$s", "fr": "Maraîchage solidaire %1$s", "ar": "الري بالتنقيط"},
                 "description": {"en": "Drip watering for smallholder farms.",
                                 "fr": "Des jardins partagés pour les coopératives agricoles.",
                                 "ar": "مشروع لتحلية مياه البحر في المناطق الساحلية"},
                 "leadTerritory": "rehamna"}""".formatted(tag);
        String id = Projects.create(body);
        String inDescription = Projects.create("""
                {"title": {"en": "Other %1$s"}, "description": {"en": "Some irrigation too."},
                 "leadTerritory": "rehamna"}""".formatted(tag));
        assertThat(ids("?q=" + Http.encode("irrigating " + tag)))
                .as("English, stemmed")
                .startsWith(id);
        assertThat(ids("?q=" + Http.encode("coopératives " + tag))).as("French").containsExactly(id);
        assertThat(ids("?q=" + Http.encode("مياه البحر")))
                .as("Arabic, in the description")
                .contains(id);
        assertThat(ids("?q=" + Http.encode("بحر ساحل")))
                .as("Arabic, stemmed (البحر, الساحلية)")
                .contains(id);
        assertThat(ids("?q=" + Http.encode("الري"))).as("Arabic, in the title").contains(id);
        assertThat(ids("?q=" + Http.encode("الري مياه البحر")).indexOf(id))
                .as("the Arabic title and description: among the first")
                .isBetween(0, 19);
        assertThat(ids("?q=" + Http.encode("irrigation " + tag)))
                .as("a title match ranks above a description match")
                .containsExactly(id, inDescription);
        assertThat(ids("?q=" + Http.encode("irrigation -drip " + tag))).containsExactly(inDescription);
        for (String hostile : List.of(
                "' OR 1=1 --",
                "<script>alert(1)</script>",
                "%_",
                "!!!",
                "",
                " ",
                "\"",
                "a & | !",
                "(",
                "'';DROP TABLE project;--",
                "\\",
                "الري'")) {
            var response = Http.get(Urls.api() + "/projects?q=" + Http.encode(hostile), admin());
            assertThat(response.statusCode())
                    .as("q=" + hostile + ": " + response.body())
                    .isEqualTo(200);
        }
        assertThat(page("?q=" + Http.encode("' OR 1=1 --")).getInt("total")).isZero();
    }

    @Test
    void pagesAreStableAndSorted() {
        String tag = Projects.unique("page");
        for (String letter : List.of("C", "A", "E", "B", "D")) {
            Projects.create(Projects.body(letter + " " + tag));
        }
        String q = "&q=" + Http.encode(tag);
        var first = page("?size=2&page=0&sort=title,asc" + q);
        assertThat(first.getInt("total")).isEqualTo(5);
        assertThat(first.getInt("size")).isEqualTo(2);
        assertThat(titles(first)).containsExactly("A " + tag, "B " + tag);
        assertThat(titles(page("?size=2&page=1&sort=title,asc" + q))).containsExactly("C " + tag, "D " + tag);
        assertThat(titles(page("?size=2&page=2&sort=title,asc" + q))).containsExactly("E " + tag);
        assertThat(titles(page("?size=2&page=3&sort=title,asc" + q))).isEmpty();
        assertThat(titles(page("?size=3&sort=title,desc" + q))).containsExactly("E " + tag, "D " + tag, "C " + tag);
        var all = page("?size=200&sort=createdAt,desc");
        assertThat(all.getJsonArray("items").size()).isLessThanOrEqualTo(200);
        assertThat(page("?page=1&size=1").getInt("page")).isEqualTo(1);
    }

    static List<String> titles(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getJsonObject("title").getString("en"))
                .toList();
    }

    static Stream<Arguments> invalid() {
        String valid = Projects.body("Valid");
        return Stream.of(
                Arguments.of("no title", valid.replaceFirst("\"title\": \\{[^}]*},", ""), "title"),
                Arguments.of("an empty title", valid.replaceFirst("\"title\": \\{[^}]*}", "\"title\": {}"), "title"),
                Arguments.of("a title too long", valid.replace("\"Valid\"", "\"" + "x".repeat(201) + "\""), "title.en"),
                Arguments.of(
                        "a description too long",
                        valid.replace("\"Made by a test.\"", "\"" + "x".repeat(20_001) + "\""),
                        "description.en"),
                Arguments.of("a NUL character", valid.replace("\"Valid\"", "\"Val\\u0000id\""), "title.en"),
                Arguments.of(
                        "a NUL character in a milestone",
                        valid.replace("\"Kick-off\"", "\"Kick\\u0000off\""),
                        "milestones[0].title"),
                Arguments.of(
                        "another language",
                        valid.replace("\"fr\": \"Projet de test\"", "\"de\": \"Test\""),
                        "title.de"),
                Arguments.of(
                        "no lead", valid.replace("\"leadTerritory\": \"casablanca-settat\", ", ""), "leadTerritory"),
                Arguments.of(
                        "an unknown lead", valid.replace("\"casablanca-settat\"", "\"atlantis\""), "leadTerritory"),
                Arguments.of(
                        "an MoU its lead is no party to",
                        valid.replace("\"casablanca-settat\"", "\"new-york-city\""),
                        "mou"),
                Arguments.of("an unknown MoU", valid.replaceFirst("\"mou\": \"[^\"]*\"", "\"mou\": \"nope\""), "mou"),
                Arguments.of("an unknown axis", valid.replace("\"digital-inclusion\"", "\"nope\""), "axes[0]"),
                Arguments.of("an unknown partner", valid.replace("\"rehamna\"", "\"atlantis\""), "partners[0]"),
                Arguments.of(
                        "the lead as a partner", valid.replace("\"rehamna\"", "\"casablanca-settat\""), "partners"),
                Arguments.of("an unknown status", valid.replace("\"ACTIVE\"", "\"DONE\""), "status"),
                Arguments.of("a bad date", valid.replace("\"2026-01-01\"", "\"2026-13-01\""), "startDate"),
                Arguments.of("an end before the start", valid.replace("\"2026-12-31\"", "\"2025-12-31\""), "endDate"),
                Arguments.of("a negative budget", valid.replace("1200000.00", "-1"), "budget.amount"),
                Arguments.of("a budget of a third of a dirham", valid.replace("1200000.00", "0.333"), "budget.amount"),
                Arguments.of("an unknown currency", valid.replace("\"MAD\"", "\"XYZ\""), "budget.currency"),
                Arguments.of("a lower-case currency", valid.replace("\"MAD\"", "\"mad\""), "budget.currency"),
                Arguments.of(
                        "a budget without currency", valid.replace(", \"currency\": \"MAD\"", ""), "budget.currency"),
                Arguments.of("negative beneficiaries", valid.replace("500", "-1"), "beneficiaries"),
                Arguments.of("fractional beneficiaries", valid.replace("500", "1.5"), "beneficiaries"),
                Arguments.of(
                        "a milestone without title",
                        valid.replace("\"title\": \"Kick-off\", ", ""),
                        "milestones[0].title"),
                Arguments.of(
                        "a milestone done as text",
                        valid.replace("\"done\": true", "\"done\": \"yes\""),
                        "milestones[0].done"),
                Arguments.of(
                        "an indicator without target", valid.replace("\"target\": 200,", ""), "indicators[0].target"),
                Arguments.of(
                        "an indicator whose target is its baseline",
                        valid.replace("\"target\": 200", "\"target\": 0"),
                        "indicators[0].target"),
                Arguments.of(
                        "an externalId too long",
                        valid.replace("{\"title\"", "{\"externalId\": \"" + "x".repeat(101) + "\", \"title\""),
                        "externalId"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void eachInvalidFieldIsNamed(String what, String body, String field) {
        long before = page("?size=1").getJsonNumber("total").longValue();
        var response = Http.postJson(Urls.api() + "/projects", body, admin());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        assertThat(response.body()).contains("\"field\":\"" + field + "\"");
        assertThat(page("?size=1").getJsonNumber("total").longValue()).isEqualTo(before);
    }

    @Test
    void anExternalIdIsUniquePerLeadTerritory() {
        String externalId = Projects.unique("EXT");
        String body =
                Projects.body("External").replace("{\"title\"", "{\"externalId\": \"" + externalId + "\", \"title\"");
        String first = Projects.create(body);
        var again = Http.postJson(Urls.api() + "/projects", body, admin());
        assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
        assertThat(again.body()).contains(externalId);
        String otherLead = body.replace(
                "\"leadTerritory\": \"casablanca-settat\", \"partners\": [\"rehamna\", ",
                "\"leadTerritory\": \"rehamna\", \"partners\": [");
        assertThat(Http.postJson(Urls.api() + "/projects", otherLead, admin()).statusCode())
                .isEqualTo(201);
        var current = Http.get(Projects.url(first), admin());
        var edited = Http.put(
                Projects.url(first),
                current.body().replace("\"status\":\"ACTIVE\"", "\"status\":\"ON_HOLD\""),
                admin(),
                Http.etag(current));
        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
        assertThat(Http.etag(edited)).as("one edit, one version").isEqualTo("\"2\"");
        assertThat(Http.delete(Projects.url(first), admin(), Http.etag(edited)).statusCode())
                .isEqualTo(204);
        assertThat(Http.postJson(Urls.api() + "/projects", body, admin()).statusCode())
                .as("a deleted project's externalId is free again")
                .isEqualTo(201);
    }

    @Test
    void aTerritoryAProjectNamesCannotBeDeletedUntilTheProjectIs() {
        String slug = Projects.unique("partner-town").toLowerCase();
        var territory = Http.postJson(
                Urls.api() + "/territories",
                "{\"slug\": \"" + slug + "\", \"kind\": \"CITY\", \"name\": {\"en\": \"Partner town\"}}",
                admin());
        assertThat(territory.statusCode()).as(territory.body()).isEqualTo(201);
        String title = Projects.unique("Referring");
        String id = Projects.create(Projects.body(title).replace("\"rehamna\"", "\"" + slug + "\""));
        var current = Http.get(Urls.api() + "/territories/" + slug, admin());
        var refused = Http.delete(Urls.api() + "/territories/" + slug, admin(), Http.etag(current));
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
        assertThat(Http.object(refused).getString("detail"))
                .contains("project")
                .contains(title)
                .contains(id);

        var project = Http.get(Projects.url(id), admin());
        assertThat(Http.delete(Projects.url(id), admin(), Http.etag(project)).statusCode())
                .isEqualTo(204);
        var deleted = Http.delete(Urls.api() + "/territories/" + slug, admin(), Http.etag(current));
        assertThat(deleted.statusCode())
                .as("a deleted project refers to nothing: " + deleted.body())
                .isEqualTo(204);
    }

    @Test
    void theDemoNetworkHasSampleProjectsInThreeLanguages() {
        var samples = page("?q=sample&size=50").getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getJsonObject("title").getString("en").startsWith("Sample:"))
                .toList();
        assertThat(samples).hasSizeBetween(4, 6);
        for (var sample : samples) {
            assertThat(sample.getJsonObject("title").keySet()).contains("en", "fr", "ar");
            assertThat(sample.getString("mou")).isEqualTo(Mous.idOf("TCI-2024-001"));
            assertThat(sample.getJsonArray("indicators")).isNotEmpty();
            assertThat(Http.array(Http.get(Projects.url(sample.getString("id")) + "/updates", admin())))
                    .isNotEmpty();
        }
        assertThat(samples.stream()
                        .flatMap(p -> p.getJsonArray("partners").getValuesAs(jakarta.json.JsonString.class).stream()))
                .anyMatch(s -> s.getString().equals("new-york-city"));
    }
}
