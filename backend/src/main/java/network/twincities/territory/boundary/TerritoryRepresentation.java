package network.twincities.territory.boundary;

import java.time.Instant;
import network.twincities.platform.json.ReadOnly;
import network.twincities.platform.text.Text;
import network.twincities.territory.entity.Membership;
import network.twincities.territory.entity.Territory;
import network.twincities.territory.entity.TerritoryKind;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A territory as the API shows it. */
@Schema(name = "Territory", description = "A member or candidate city, province, region or country")
public record TerritoryRepresentation(
        String slug,
        TerritoryKind kind,
        Text name,
        String parent,
        String country,
        String isoCode,

        @Schema(type = SchemaType.INTEGER, format = "int64", example = "6861739")
        Long population,

        Integer populationYear,
        Location location,
        Membership membership,
        int version,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy)
        implements ReadOnly {

    /** WGS 84 coordinates in decimal degrees. */
    public record Location(double lat, double lon) {}

    public static TerritoryRepresentation of(Territory t) {
        return new TerritoryRepresentation(
                t.slug(),
                t.kind(),
                Text.of(t.name()),
                t.parent() == null ? null : t.parent().slug(),
                t.country(),
                t.isoCode(),
                t.population(),
                t.populationYear(),
                t.latitude() == null ? null : new Location(t.latitude(), t.longitude()),
                t.membership(),
                t.version(),
                t.createdAt(),
                t.createdBy(),
                t.updatedAt(),
                t.updatedBy());
    }
}
