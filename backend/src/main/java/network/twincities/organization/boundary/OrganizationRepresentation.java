package network.twincities.organization.boundary;

import java.time.Instant;
import network.twincities.organization.entity.Organization;
import network.twincities.organization.entity.OrganizationKind;
import network.twincities.platform.json.ReadOnly;
import network.twincities.platform.text.Text;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A partner organization as the API shows it. */
@Schema(name = "Organization", description = "A partner body: the forum, an association, a government, …")
public record OrganizationRepresentation(
        @Schema(example = "world-smart-cities-forum", pattern = "[a-z0-9-]{2,64}")
        String slug,

        OrganizationKind kind,
        Text name,

        @Schema(description = "ISO 3166-1 alpha-2", example = "MA")
        String country,

        @Schema(example = "https://example.org") String website,
        int version,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy)
        implements ReadOnly {

    public static OrganizationRepresentation of(Organization o) {
        return new OrganizationRepresentation(
                o.slug(),
                o.kind(),
                Text.of(o.name()),
                o.country(),
                o.website(),
                o.version(),
                o.createdAt(),
                o.createdBy(),
                o.updatedAt(),
                o.updatedBy());
    }
}
