package network.twincities.practice.boundary;

import java.time.Instant;
import java.util.List;
import network.twincities.platform.json.ReadOnly;
import network.twincities.practice.entity.Adoption;
import network.twincities.practice.entity.AdoptionStatus;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A territory's adoption of a best practice as the API shows it. */
@Schema(name = "Adoption", description = "Where a territory stands with another territory's best practice")
public record AdoptionRepresentation(
        @Schema(
                description = "Slug of the adopting territory; its id below the practice, so read-only once made",
                example = "rehamna")
        String territory,

        AdoptionStatus status,

        @Schema(description = "At most 2 000 characters") String notes,

        @Schema(
                type = SchemaType.ARRAY,
                implementation = String.class,
                description = "Ids of the projects that carry the adoption out: projects the adopting territory"
                        + " leads or is a partner of. Left out of a PUT: unchanged.")
        List<String> projects,

        @Schema(description = "Its ETag: the If-Match of a PUT or DELETE of the adoption", readOnly = true)
        int version,

        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy)
        implements ReadOnly {

    public static AdoptionRepresentation of(Adoption a) {
        return new AdoptionRepresentation(
                a.territory().slug(),
                a.status(),
                a.notes(),
                a.projects().stream().map(p -> p.resourceId()).toList(),
                a.version(),
                a.createdAt(),
                a.createdBy(),
                a.updatedAt(),
                a.updatedBy());
    }
}
