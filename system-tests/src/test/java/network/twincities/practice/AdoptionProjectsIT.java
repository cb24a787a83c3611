package network.twincities.practice;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import network.twincities.it.Http;
import network.twincities.it.Projects;
import network.twincities.it.SystemTest;
import network.twincities.it.Tokens;
import network.twincities.it.Urls;
import org.junit.jupiter.api.Test;

/** An adoption names the projects that carry it out: projects of the adopting territory, and only those. */
@SystemTest
class AdoptionProjectsIT {

    @Test
    void anAdoptionIsFollowedIntoTheProjectsOfTheAdoptingTerritory() {
        String admin = Tokens.of(Tokens.FORUM_ADMIN);
        String rehamna = Tokens.of(Tokens.OFFICIAL_REHAMNA);
        var practice = Http.postJson(
                Urls.api() + "/best-practices",
                "{\"title\": {\"en\": \"" + Projects.unique("Followed practice")
                        + "\"}, \"territory\": \"new-york-city\"}",
                admin);
        assertThat(practice.statusCode()).as(practice.body()).isEqualTo(201);
        String adoptions =
                Urls.api() + "/best-practices/" + Http.object(practice).getString("id") + "/adoptions";
        String project = Projects.create(Projects.body(Projects.unique("Carrying project"))); // Rehamna is a partner

        var notOurs = Http.postJson(
                adoptions,
                "{\"territory\": \"morocco\", \"status\": \"IN_PROGRESS\", \"projects\": [\"" + project + "\"]}",
                admin);
        assertThat(notOurs.statusCode()).as(notOurs.body()).isEqualTo(422);
        assertThat(notOurs.body()).contains("projects[0]").contains("not a project of 'morocco'");
        var unknown = Http.postJson(
                adoptions,
                "{\"territory\": \"rehamna\", \"status\": \"IN_PROGRESS\", \"projects\":"
                        + " [\"00000000-0000-4000-8000-000000000000\"]}",
                rehamna);
        assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(422);

        var adopted = Http.postJson(
                adoptions,
                "{\"territory\": \"rehamna\", \"status\": \"IN_PROGRESS\", \"projects\": [\"" + project + "\"]}",
                rehamna);
        assertThat(adopted.statusCode()).as(adopted.body()).isEqualTo(201);
        assertThat(Http.object(adopted).getJsonArray("projects").getString(0)).isEqualTo(project);

        String adoption = adoptions + "/rehamna";
        var current = Http.get(adoption, rehamna);
        var edited = Http.put(adoption, "{\"status\": \"ADOPTED\"}", rehamna, Http.etag(current));
        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
        assertThat(Http.object(edited).getJsonArray("projects"))
                .as("left out of a PUT: unchanged")
                .hasSize(1);

        var projectNow = Http.get(Projects.url(project), admin);
        assertThat(Http.delete(Projects.url(project), admin, Http.etag(projectNow))
                        .statusCode())
                .isEqualTo(204);
        JsonObject after = Http.object(Http.get(adoption, rehamna));
        assertThat(after.getJsonArray("projects"))
                .as("a deleted project is gone from it")
                .isEmpty();
        assertThat(after.getString("status")).isEqualTo("ADOPTED");
    }
}
