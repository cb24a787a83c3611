package network.twincities.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Stream;
import network.twincities.it.Http;
import network.twincities.it.Jwt;
import network.twincities.it.SystemTest;
import network.twincities.it.Tokens;
import network.twincities.it.Urls;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The API trusts only access tokens of its Keycloak realm, for its audience, unexpired: anything else
 * is 401 with a problem body, and a real token of any demo user is accepted.
 */
@SystemTest
class AuthenticationIT {

    static final String TERRITORIES = Urls.api() + "/territories";

    @BeforeAll
    static void clientsForForgedTokens() {
        String admin = Tokens.keycloakAdmin();
        // a client of the same realm without the audience mapper: its tokens are genuine but not for us
        createClient(admin, """
                {"clientId": "it-other-audience", "publicClient": true, "directAccessGrantsEnabled": true,
                 "standardFlowEnabled": false, "defaultClientScopes": ["basic", "profile", "roles"]}""");
        // a client whose tokens expire after two seconds, otherwise like the real ones
        createClient(admin, """
                {"clientId": "it-short-lived", "publicClient": true, "directAccessGrantsEnabled": true,
                 "standardFlowEnabled": false, "attributes": {"access.token.lifespan": "2"},
                 "protocolMappers": [{"name": "audience", "protocol": "openid-connect",
                   "protocolMapper": "oidc-audience-mapper",
                   "config": {"included.custom.audience": "twincities-api", "access.token.claim": "true"}}]}""");
    }

    private static void createClient(String adminToken, String json) {
        var response = Http.postJson(Urls.keycloak() + "/admin/realms/twincities/clients", json, adminToken);
        assertThat(response.statusCode()).as(response.body()).isIn(201, 409);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/territories", "/territories/casablanca-settat", "/territories/no-such-place"})
    void withoutTokenIs401Problem(String path) {
        var response = Http.get(Urls.api() + path, null);
        assertUnauthorized(response);
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
    }

    static Stream<Arguments> forgedTokens() {
        String real = Tokens.of(Tokens.OFFICIAL_CASABLANCA);
        return Stream.of(
                Arguments.of("signed with another key", Jwt.resignedWithOtherKey(real)),
                Arguments.of("alg none", Jwt.unsigned(real)),
                Arguments.of(
                        "claims changed after signing",
                        Jwt.tampered(real, p -> p.replace("casablanca-settat", "rehamna"))),
                Arguments.of("not a JWT", "not-a-token"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forgedTokens")
    void forgedTokenIs401(String what, String token) {
        assertUnauthorized(Http.get(TERRITORIES, token));
    }

    @Test
    void tokenOfAnotherIssuerIs401() {
        // the same Keycloak and key, reached by another name: the token's iss differs from the configured one
        String token = Tokens.password(
                Urls.keycloak().replace("localhost", "127.0.0.1"),
                "twincities",
                "twincities-cli",
                Tokens.OFFICIAL_REHAMNA,
                "demo");
        assertThat(Jwt.payload(token)).contains("\"iss\":\"http://127.0.0.1:");
        assertUnauthorized(Http.get(TERRITORIES, token));
    }

    @Test
    void tokenOfAnotherRealmIs401() {
        assertUnauthorized(Http.get(TERRITORIES, Tokens.keycloakAdmin()));
    }

    @Test
    void tokenForAnotherAudienceIs401() {
        String token =
                Tokens.password(Urls.keycloak(), "twincities", "it-other-audience", Tokens.OFFICIAL_REHAMNA, "demo");
        assertThat(Jwt.payload(token)).doesNotContain("twincities-api");
        assertUnauthorized(Http.get(TERRITORIES, token));
    }

    @Test
    void expiredTokenIs401() throws InterruptedException {
        String token =
                Tokens.password(Urls.keycloak(), "twincities", "it-short-lived", Tokens.OFFICIAL_REHAMNA, "demo");
        assertThat(Http.get(TERRITORIES, token).statusCode()).as("fresh").isEqualTo(200);
        Thread.sleep(2_000 + 5_000 + 2_000); // its lifespan, the configured clock skew, a margin
        assertUnauthorized(Http.get(TERRITORIES, token));
    }

    static Stream<Arguments> demoCallers() {
        return Stream.of(
                Arguments.of(
                        Tokens.FORUM_ADMIN, (java.util.function.Supplier<String>) () -> Tokens.of(Tokens.FORUM_ADMIN)),
                Arguments.of(Tokens.OFFICIAL_CASABLANCA, (java.util.function.Supplier<String>)
                        () -> Tokens.of(Tokens.OFFICIAL_CASABLANCA)),
                Arguments.of(Tokens.OFFICIAL_REHAMNA, (java.util.function.Supplier<String>)
                        () -> Tokens.of(Tokens.OFFICIAL_REHAMNA)),
                Arguments.of(Tokens.OFFICIAL_NEWYORK, (java.util.function.Supplier<String>)
                        () -> Tokens.of(Tokens.OFFICIAL_NEWYORK)),
                Arguments.of(Tokens.SYNC_CLIENT, (java.util.function.Supplier<String>) Tokens::syncClient));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("demoCallers")
    void demoCallerReadsTheTerritories(String who, java.util.function.Supplier<String> token) {
        var response = Http.get(TERRITORIES, token.get());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        var page = Http.object(response);
        assertThat(page.getInt("total")).isGreaterThanOrEqualTo(6);
        assertThat(page.getJsonArray("items").getValuesAs(jakarta.json.JsonObject.class))
                .extracting(t -> t.getString("slug"))
                .contains("casablanca-settat", "rehamna", "new-york-city");
    }

    @Test
    void realmUserWithoutRoleIsAuthenticatedButForbidden() {
        var created = Http.postJson(Urls.keycloak() + "/admin/realms/twincities/users", """
                {"username": "it-no-role", "enabled": true, "emailVerified": true,
                 "email": "it-no-role@twincities.example", "firstName": "No", "lastName": "Role",
                 "credentials": [{"type": "password", "value": "demo", "temporary": false}]}""", Tokens.keycloakAdmin());
        assertThat(created.statusCode()).as(created.body()).isIn(201, 409);
        String token = Tokens.password(Urls.keycloak(), "twincities", "twincities-cli", "it-no-role", "demo");
        assertThat(Jwt.payload(token)).contains("twincities-api").doesNotContain("\"groups\"");

        // what the policy decides by role: without one, a refusal (not an error for the missing claim)
        for (var response : List.of(
                Http.get(Urls.api() + "/audit?resource=territories&id=rehamna", token),
                Http.postJson(TERRITORIES, "{}", token))) {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
            assertThat(response.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
            assertThat(Http.object(response).getString("type")).endsWith("/forbidden");
        }
    }

    @Test
    void apiRootIsAnonymous() {
        var response = Http.get(Urls.api(), null);
        assertThat(response.statusCode()).isEqualTo(200);
        var root = Http.object(response);
        assertThat(root.getString("version")).isEqualTo("1");
        assertThat(root.getJsonObject("resources").getString("territories")).isEqualTo(Urls.api() + "/territories");
    }

    static void assertUnauthorized(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at network.");
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        var problem = Http.object(response);
        assertThat(problem.getInt("status")).isEqualTo(401);
        assertThat(problem.getString("type")).endsWith("/unauthorized");
    }
}
