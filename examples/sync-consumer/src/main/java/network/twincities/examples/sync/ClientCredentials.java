package network.twincities.examples.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The service account's access token, obtained from Keycloak by the client credentials grant and
 * obtained again shortly before it expires (or when the API answered 401 to it).
 */
final class ClientCredentials {

    private final HttpClient http;
    private final ObjectMapper json;
    private final URI tokenEndpoint;
    private final String clientId;
    private final String clientSecret;
    private final Clock clock;

    private String token;
    private Instant renewAt = Instant.MIN;

    ClientCredentials(HttpClient http, ObjectMapper json, URI tokenEndpoint, String clientId, String clientSecret) {
        this(http, json, tokenEndpoint, clientId, clientSecret, Clock.systemUTC());
    }

    ClientCredentials(
            HttpClient http, ObjectMapper json, URI tokenEndpoint, String clientId, String clientSecret, Clock clock) {
        this.http = http;
        this.json = json;
        this.tokenEndpoint = tokenEndpoint;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.clock = clock;
    }

    /** A token that is still valid for a while: the one we have, or a new one. */
    synchronized String token() {
        if (token == null || !clock.instant().isBefore(renewAt)) {
            obtain();
        }
        return token;
    }

    /** Forgets the token (the API refused it): the next {@link #token()} obtains a new one. */
    synchronized void invalidate() {
        token = null;
    }

    private void obtain() {
        String form = "grant_type=client_credentials&client_id=" + encode(clientId) + "&client_secret="
                + encode(clientSecret);
        var request = HttpRequest.newBuilder(tokenEndpoint)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new SyncException("Keycloak did not answer at " + tokenEndpoint + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SyncException("Interrupted while obtaining a token", e);
        }
        if (response.statusCode() != 200) {
            throw new SyncException(
                    "Keycloak refused a token to " + clientId + ": " + response.statusCode() + " " + response.body());
        }
        JsonNode body;
        try {
            body = json.readTree(response.body());
        } catch (IOException e) {
            throw new SyncException("Keycloak's token answer is not JSON: " + e.getMessage(), e);
        }
        Instant now = clock.instant();
        long lifetime = body.path("expires_in").asLong(60);
        token = body.path("access_token").asText();
        // renew a tenth of its lifetime (at most 30 s) before it expires, so a request does not carry
        // a token that expires on its way; a 401 all the same makes the caller invalidate it
        renewAt = now.plusSeconds(lifetime - Math.min(30, lifetime / 10));
        System.out.println("Obtained an access token for " + clientId + ", valid " + lifetime + " s");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
