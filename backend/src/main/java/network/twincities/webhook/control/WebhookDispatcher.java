package network.twincities.webhook.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import network.twincities.webhook.entity.WebhookSecret;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends the webhooks' pending deliveries, every {@code twincities.webhooks.poll} (an ISO 8601 duration, 2
 * seconds by default): a JSON POST signed as the Standard Webhooks specification says ({@code webhook-id},
 * {@code webhook-timestamp}, {@code webhook-signature}), and {@code X-TwinCities-Event}. A 2xx answer
 * delivers it; anything else is retried ({@link WebhookDeliveries#record}).
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WebhookDispatcher {

    static final int BATCH = 20;
    static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class.getName());

    @Resource
    TimerService timers;

    @Inject
    @ConfigProperty(name = "twincities.webhooks.poll", defaultValue = "PT2S")
    String poll;

    @Inject
    WebhookDeliveries deliveries;

    @Inject
    WebhookTargets targets;

    @Inject
    Clock clock;

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @PostConstruct
    void schedule() {
        long every = Duration.parse(poll).toMillis();
        timers.createIntervalTimer(every, every, new TimerConfig("webhook-deliveries", false));
    }

    @Timeout
    void due() {
        try {
            var claims = deliveries.claim(BATCH);
            while (!claims.isEmpty()) {
                claims.forEach(this::send);
                claims = claims.size() < BATCH ? java.util.List.of() : deliveries.claim(BATCH);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Webhook deliveries could not be read; tried again on the next run.", e);
        }
    }

    void send(WebhookDeliveries.Claim claim) {
        var refused = targets.refusal(claim.url());
        if (refused.isPresent()) {
            deliveries.record(claim, null, "Not sent: the URL " + refused.get(), clock.instant());
            return;
        }
        String id = "msg_" + claim.message();
        long timestamp = clock.instant().getEpochSecond();
        String signature = WebhookSecret.parse(claim.secret()).orElseThrow().sign(id, timestamp, claim.body());
        var request = HttpRequest.newBuilder(URI.create(claim.url()))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .header("User-Agent", "TwinCities-Network-Webhooks/1")
                .header("webhook-id", id)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", signature)
                .header("X-TwinCities-Event", claim.type())
                .POST(HttpRequest.BodyPublishers.ofString(claim.body(), StandardCharsets.UTF_8))
                .build();
        Integer status = null;
        String error = null;
        try {
            status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status < 200 || status >= 300) {
                error = "The receiver answered " + status + ".";
            }
        } catch (IOException e) {
            error = "Not delivered: " + e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "Interrupted";
        }
        try {
            deliveries.record(claim, status, error, clock.instant());
        } catch (RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    e,
                    () -> "The outcome of delivery " + claim.id() + " could not be recorded;"
                            + " it is sent again once its lease runs out.");
        }
    }
}
