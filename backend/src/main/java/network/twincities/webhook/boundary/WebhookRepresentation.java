package network.twincities.webhook.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import network.twincities.platform.json.ReadOnly;
import network.twincities.webhook.entity.Webhook;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A webhook as its owner sees it: never with its secret, except once in the answer that made it. */
@Schema(name = "Webhook", description = "A subscription to events of the network, POSTed to a URL, signed")
@JsonbPropertyOrder({"id", "url", "events", "secret", "version", "createdAt", "createdBy", "updatedAt", "updatedBy"})
public record WebhookRepresentation(
        @Schema(readOnly = true, example = "0b6f1c9e-3c1e-4d5e-9a3e-2f1d8c7b6a5e")
        String id,

        @Schema(
                description = "Where deliveries are POSTed: http or https; loopback and private addresses only"
                        + " where the deployment allows them",
                example = "https://partner.example.org/twincities/webhooks")
        String url,

        @Schema(
                type = SchemaType.ARRAY,
                implementation = String.class,
                description = "The events: territory|organization|axis|event|mou|best-practice|project"
                        + " .created/.updated/.deleted, and mou.submitted, mou.approved, mou.changes-requested,"
                        + " mou.rejected, mou.signed, mou.terminated, mou.expired",
                example = "[\"project.created\", \"project.updated\", \"mou.signed\"]")
        List<String> events,

        @Schema(
                description = "Only in the answer to a POST without a secret: the one the server made"
                        + " (whsec_ and base64). Never shown again.",
                example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
        String secret,

        @Schema(readOnly = true, example = "1") int version,
        @Schema(readOnly = true) Instant createdAt,
        @Schema(readOnly = true) String createdBy,
        @Schema(readOnly = true) Instant updatedAt,
        @Schema(readOnly = true) String updatedBy)
        implements ReadOnly {

    static WebhookRepresentation of(Webhook webhook) {
        return new WebhookRepresentation(
                webhook.resourceId(),
                webhook.url(),
                webhook.events().stream().sorted().toList(),
                null,
                webhook.version(),
                webhook.createdAt(),
                webhook.createdBy(),
                webhook.updatedAt(),
                webhook.updatedBy());
    }

    WebhookRepresentation withSecret(String secret) {
        return new WebhookRepresentation(id, url, events, secret, version, createdAt, createdBy, updatedAt, updatedBy);
    }
}
