package network.twincities.it;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Real access tokens from the test run's Keycloak, cached for the run. */
public final class Tokens {

    public static final String FORUM_ADMIN = "admin.forum";
    public static final String OFFICIAL_CASABLANCA = "official.casablanca";
    public static final String OFFICIAL_REHAMNA = "official.rehamna";
    public static final String OFFICIAL_NEWYORK = "official.newyork";
    public static final String SYNC_CLIENT = "twincities-sync-demo";

    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private Tokens() {}

    /** A demo user's access token, through the public client {@code twincities-cli} (password grant). */
    public static String of(String username) {
        return CACHE.computeIfAbsent(
                username, user -> password(Urls.keycloak(), "twincities", "twincities-cli", user, "demo"));
    }

    /** The sync demo client's service-account token (client credentials). */
    public static String syncClient() {
        return CACHE.computeIfAbsent(
                SYNC_CLIENT, c -> clientCredentials(Urls.keycloak(), "twincities-sync-demo", "demo-sync-secret"));
    }

    public static String password(String keycloak, String realm, String client, String username, String password) {
        var response = Http.postForm(
                keycloak + "/realms/" + realm + "/protocol/openid-connect/token",
                Map.of("grant_type", "password", "client_id", client, "username", username, "password", password),
                null);
        return accessToken(response.statusCode(), response.body());
    }

    public static String clientCredentials(String client, String secret) {
        return clientCredentials(Urls.keycloak(), client, secret);
    }

    static String clientCredentials(String keycloak, String client, String secret) {
        var response = Http.postForm(
                keycloak + "/realms/twincities/protocol/openid-connect/token",
                Map.of("grant_type", "client_credentials", "client_id", client, "client_secret", secret),
                null);
        return accessToken(response.statusCode(), response.body());
    }

    private static String accessToken(int status, String body) {
        if (status != 200) {
            throw new IllegalStateException("Keycloak refused a token: " + status + " " + body);
        }
        return Http.object(body).getString("access_token");
    }

    /** An access token of Keycloak's master realm administrator, for the admin REST API. */
    public static String keycloakAdmin() {
        return password(Urls.keycloak(), "master", "admin-cli", "admin", "admin");
    }
}
