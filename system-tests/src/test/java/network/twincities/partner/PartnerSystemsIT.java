package network.twincities.partner;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import network.twincities.it.Http;
import network.twincities.it.Jwt;
import network.twincities.it.Projects;
import network.twincities.it.SystemTest;
import network.twincities.it.Tokens;
import network.twincities.it.Urls;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A forum administrator onboards a partner system: its credentials are issued through the backend (which
 * makes the client in Keycloak with its own service account), its tokens act for its territory only, a
 * rotated secret replaces the old one, and a revoked partner system gets no token any more and the token
 * it holds is refused.
 */
@SystemTest
class PartnerSystemsIT {

    static final String URL = Urls.api() + "/partner-systems";
    static final String RUN = Long.toString(System.currentTimeMillis() % 10_000_000L, 36);

    static String admin() {
        return Tokens.of(Tokens.FORUM_ADMIN);
    }

    static JsonObject issue(String name, String territory) {
        var created = Http.postJson(URL, "{\"name\": \"" + name + "\", \"territory\": \"" + territory + "\"}", admin());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).isPresent();
        return Http.object(created);
    }

    /** The answer of Keycloak's token endpoint to a client credentials request. */
    static HttpResponse<String> tokenRequest(String clientId, String secret) {
        return Http.postForm(
                Urls.keycloak() + "/realms/twincities/protocol/openid-connect/token",
                Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret),
                null);
    }

    static String item(String externalId, String lead) {
        return """
                {"externalId": "%s", "title": {"en": "Partner portal project"}, %s"status": "ACTIVE",
                 "axes": ["digital-inclusion"]}""".formatted(externalId, lead == null ? "" : "\"leadTerritory\": \"" + lead + "\", ");
    }

    static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
    }

    @Test
    void anIssuedPartnerSystemActsForItsTerritoryUntilRotatedAndRevoked() {
        var issued = issue("Rehamna portal " + RUN, "rehamna");
        String id = issued.getString("id");
        String clientId = issued.getString("clientId");
        String secret = issued.getString("clientSecret");
        assertThat(clientId).startsWith("partner-");
        assertThat(secret).isNotBlank();
        assertThat(issued.getString("territory")).isEqualTo("rehamna");
        assertThat(issued.containsKey("lastUsedAt") && !issued.isNull("lastUsedAt"))
                .as("never used yet")
                .isFalse();

        // the secret is shown once: neither the item, the list nor the audit log holds it
        var read = Http.get(URL + "/" + id, admin());
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        assertThat(read.body()).doesNotContain(secret).doesNotContain("clientSecret");
        var list = Http.get(URL + "?size=200&sort=createdAt,desc", admin());
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        assertThat(list.body()).contains(id).doesNotContain(secret);

        // its first token: api-client of rehamna, reading the feed and upserting rehamna's projects only
        String token = Tokens.clientCredentials(clientId, secret);
        assertThat(Jwt.payload(token))
                .contains("\"territory\":\"rehamna\"")
                .contains("\"api-client\"")
                .contains("\"azp\":\"" + clientId + "\"");
        var feed = Http.get(Urls.api() + "/sync/changes", token);
        assertThat(feed.statusCode()).as(feed.body()).isEqualTo(200);
        String own = Projects.unique("PARTNER-" + RUN);
        var upserted = Http.postJson(Urls.api() + "/sync/projects", "{\"items\": [" + item(own, null) + "]}", token);
        assertThat(upserted.statusCode()).as(upserted.body()).isEqualTo(200);
        assertThat(Http.object(upserted)
                        .getJsonArray("results")
                        .getJsonObject(0)
                        .getString("result"))
                .isEqualTo("created");
        var others = Http.postJson(
                Urls.api() + "/sync/projects",
                "{\"items\": [" + item(Projects.unique("PARTNER-OTHER-" + RUN), "casablanca-settat") + "]}",
                token);
        assertProblem(others, 422);
        assertThat(others.body()).contains("leadTerritory");

        // when it last called
        var used = Http.object(Http.get(URL + "/" + id, admin()));
        assertThat(used.containsKey("lastUsedAt") && !used.isNull("lastUsedAt"))
                .as(used.toString())
                .isTrue();

        // rotation: the old secret gets no token, the new one does
        var rotated = Http.request("POST", URL + "/" + id + "/rotate-secret", null, admin());
        assertThat(rotated.statusCode()).as(rotated.body()).isEqualTo(200);
        String newSecret = Http.object(rotated).getString("clientSecret");
        assertThat(newSecret).isNotBlank().isNotEqualTo(secret);
        assertThat(tokenRequest(clientId, secret).statusCode()).isEqualTo(401);
        var fresh = tokenRequest(clientId, newSecret);
        assertThat(fresh.statusCode()).as(fresh.body()).isEqualTo(200);
        String held = Http.object(fresh).getString("access_token");
        assertThat(Http.get(Urls.api() + "/sync/changes", held).statusCode()).isEqualTo(200);

        // revocation: no token any more, and the one it holds is refused
        var current = Http.get(URL + "/" + id, admin());
        var revoked = Http.delete(URL + "/" + id, admin(), Http.etag(current));
        assertThat(revoked.statusCode()).as(revoked.body()).isEqualTo(204);
        assertThat(tokenRequest(clientId, newSecret).statusCode()).isIn(400, 401);
        assertProblem(Http.get(Urls.api() + "/sync/changes", held), 401);
        assertProblem(Http.get(URL + "/" + id, admin()), 404);
        assertThat(Http.get(URL + "?size=200", admin()).body()).doesNotContain(id);

        // every step is in the audit log, never a secret
        var audit = Http.get(Urls.api() + "/audit?resource=partner-systems&id=" + id, admin());
        assertThat(audit.statusCode()).as(audit.body()).isEqualTo(200);
        assertThat(audit.body()).contains("CREATE").contains("DELETE");
        assertThat(audit.body()).doesNotContain(secret).doesNotContain(newSecret);
    }

    @Test
    void invalidRequestsAreRefusedAndMakeNoClient() {
        var noTerritory =
                Http.postJson(URL, "{\"name\": \"Nowhere " + RUN + "\", \"territory\": \"atlantis\"}", admin());
        assertProblem(noTerritory, 422);
        assertThat(noTerritory.body()).contains("territory");
        var noName = Http.postJson(URL, "{\"territory\": \"rehamna\"}", admin());
        assertProblem(noName, 422);
        assertThat(noName.body()).contains("name");
        var withSecret = Http.postJson(
                URL, "{\"name\": \"Own secret\", \"territory\": \"rehamna\", \"clientSecret\": \"mine\"}", admin());
        assertProblem(withSecret, 422);
        var clients = Http.get(
                Urls.keycloak() + "/admin/realms/twincities/clients?clientId=partner-&search=true&max=1000",
                Tokens.keycloakAdmin());
        assertThat(clients.body()).doesNotContain("Nowhere " + RUN).doesNotContain("Own secret");
    }

    @Test
    void revokingNeedsIfMatchAndRotatingAnUnknownOneIs404() {
        var issued = issue("Casablanca-Settat data hub " + RUN, "casablanca-settat");
        String id = issued.getString("id");
        assertProblem(Http.delete(URL + "/" + id, admin(), null), 428);
        assertProblem(Http.delete(URL + "/" + id, admin(), "\"99\""), 412);
        assertProblem(
                Http.request("POST", URL + "/00000000-0000-0000-0000-000000000000/rotate-secret", null, admin()), 404);
        var current = Http.get(URL + "/" + id, admin());
        assertThat(Http.delete(URL + "/" + id, admin(), Http.etag(current)).statusCode())
                .isEqualTo(204);
        assertProblem(Http.request("POST", URL + "/" + id + "/rotate-secret", null, admin()), 404);
    }

    static Stream<Arguments> notAdmins() {
        return Stream.of(
                Arguments.of(Tokens.OFFICIAL_REHAMNA, (Supplier<String>) () -> Tokens.of(Tokens.OFFICIAL_REHAMNA)),
                Arguments.of(Tokens.SYNC_CLIENT, (Supplier<String>) Tokens::syncClient));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notAdmins")
    void onlyForumAdministratorsManagePartnerSystems(String who, Supplier<String> token) {
        assertProblem(Http.get(URL, token.get()), 403);
        assertProblem(Http.postJson(URL, "{\"name\": \"Mine\", \"territory\": \"rehamna\"}", token.get()), 403);
        String id = issue("Seen by " + who + " " + RUN, "rehamna").getString("id");
        assertProblem(Http.get(URL + "/" + id, token.get()), 403);
        assertProblem(Http.request("POST", URL + "/" + id + "/rotate-secret", null, token.get()), 403);
        assertProblem(Http.delete(URL + "/" + id, token.get(), "\"1\""), 403);
    }

    @Test
    void anonymousCallersAre401() {
        for (var response : List.of(
                Http.get(URL, null),
                Http.postJson(URL, "{\"name\": \"Anon\", \"territory\": \"rehamna\"}", null),
                Http.request("POST", URL + "/00000000-0000-0000-0000-000000000000/rotate-secret", null, null))) {
            assertProblem(response, 401);
        }
    }
}
