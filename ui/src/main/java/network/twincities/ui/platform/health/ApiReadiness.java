package network.twincities.ui.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The UI is ready only while the backend's API root answers 200: without the API the UI cannot show
 * anything. It also keeps {@code /health/ready} honest where both WARs share one server: if
 * {@code api.war} failed to deploy, its own checks are missing from the shared endpoint, but this one
 * is DOWN. The API root answers 503 until the backend's schema is migrated.
 */
@Readiness
@ApplicationScoped
public class ApiReadiness implements HealthCheck {

    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @Inject
    @ConfigProperty(name = "twincities.api.url", defaultValue = "http://localhost:8080/api/v1")
    String apiUrl;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("api").withData("url", apiUrl);
        try {
            int status = http.send(
                            HttpRequest.newBuilder(URI.create(apiUrl))
                                    .timeout(TIMEOUT)
                                    .header("Accept", "application/json")
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
            return response.status(status == 200).withData("status", status).build();
        } catch (IOException e) {
            return response.down()
                    .withData("error", e.getClass().getSimpleName())
                    .build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return response.down().withData("error", "interrupted").build();
        }
    }
}
