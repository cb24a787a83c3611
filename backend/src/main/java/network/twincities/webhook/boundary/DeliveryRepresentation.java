package network.twincities.webhook.boundary;

import java.time.Instant;
import network.twincities.webhook.control.WebhookDeliveries;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One event's delivery to a webhook, as its log shows it. */
@Schema(name = "WebhookDelivery", description = "One event's delivery to a webhook and how it went")
public record DeliveryRepresentation(
        @Schema(example = "5d0e8f7a-9b1c-4d2e-8f3a-6b5c4d3e2f1a")
        String id,

        @Schema(
                description = "The webhook-id header: the same on every retry",
                example = "msg_2b1e5c0d-7a9f-4e3b-8c6d-1f0a9e8d7c6b")
        String webhookId,

        @Schema(example = "project.updated") String event,

        @Schema(
                description = "PENDING until a 2xx answer; FAILED after 24 hours of retries",
                enumeration = {"PENDING", "DELIVERED", "FAILED"})
        String status,

        @Schema(description = "Attempts so far", example = "1")
        int attempts,

        @Schema(description = "When the event was recorded") Instant createdAt,

        Instant lastAttemptAt,

        @Schema(description = "The receiver's HTTP status at the last attempt", example = "200")
        Integer lastStatus,

        @Schema(description = "Why the last attempt failed") String lastError,

        @Schema(description = "When a pending delivery is tried next")
        Instant nextAttemptAt) {

    static DeliveryRepresentation of(WebhookDeliveries.Logged logged) {
        return new DeliveryRepresentation(
                logged.id().toString(),
                "msg_" + logged.message(),
                logged.event(),
                logged.status(),
                logged.attempts(),
                logged.createdAt(),
                logged.lastAttemptAt(),
                logged.lastStatus(),
                logged.lastError(),
                logged.nextAttemptAt());
    }
}
