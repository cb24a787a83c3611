package network.twincities.partner.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import network.twincities.partner.entity.PartnerSystem;
import network.twincities.platform.json.ReadOnly;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A partner system as forum administrators see it: never with its secret, except once when it is issued. */
@Schema(
        name = "PartnerSystem",
        description = "API credentials of a partner system, acting for one territory (role api-client)")
@JsonbPropertyOrder({
    "id",
    "name",
    "territory",
    "clientId",
    "clientSecret",
    "lastUsedAt",
    "secretRotatedAt",
    "version",
    "createdAt",
    "createdBy",
    "updatedAt",
    "updatedBy"
})
public record PartnerSystemRepresentation(
        @Schema(readOnly = true, example = "0b6f1c9e-3c1e-4d5e-9a3e-2f1d8c7b6a5e")
        String id,

        @Schema(description = "What the system is, 1 to 200 characters", example = "Rehamna province project portal")
        String name,

        @Schema(description = "The slug of the territory it acts for: its tokens' territory", example = "rehamna")
        String territory,

        @Schema(
                readOnly = true,
                description = "The client id to request tokens with (client credentials grant)",
                example = "partner-0b6f1c9e-3c1e-4d5e-9a3e-2f1d8c7b6a5e")
        String clientId,

        @Schema(
                readOnly = true,
                description = "Only in the answer to its creation and to a rotation: the client secret. Never shown"
                        + " again.",
                example = "Vd1pX0m2oA8kQJ7cT3Gm4ZsN6yR9bWfE")
        String clientSecret,

        @Schema(readOnly = true, description = "When a token of it was last accepted (to the minute); null: never")
        Instant lastUsedAt,

        @Schema(readOnly = true, description = "When its secret was last rotated; null: never")
        Instant secretRotatedAt,

        @Schema(readOnly = true, example = "1") int version,
        @Schema(readOnly = true) Instant createdAt,
        @Schema(readOnly = true) String createdBy,
        @Schema(readOnly = true) Instant updatedAt,
        @Schema(readOnly = true) String updatedBy)
        implements ReadOnly {

    static PartnerSystemRepresentation of(PartnerSystem system) {
        return new PartnerSystemRepresentation(
                system.resourceId(),
                system.name(),
                system.territory().slug(),
                system.clientId(),
                null,
                system.lastUsedAt(),
                system.secretRotatedAt(),
                system.version(),
                system.createdAt(),
                system.createdBy(),
                system.updatedAt(),
                system.updatedBy());
    }

    PartnerSystemRepresentation withSecret(String secret) {
        return new PartnerSystemRepresentation(
                id,
                name,
                territory,
                clientId,
                secret,
                lastUsedAt,
                secretRotatedAt,
                version,
                createdAt,
                createdBy,
                updatedAt,
                updatedBy);
    }
}
