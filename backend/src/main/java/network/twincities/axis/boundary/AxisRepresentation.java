package network.twincities.axis.boundary;

import java.time.Instant;
import java.util.List;
import network.twincities.axis.entity.Axis;
import network.twincities.platform.json.ReadOnly;
import network.twincities.platform.text.Text;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A cooperation axis as the API shows it. */
@Schema(name = "Axis", description = "A theme of cooperation, mapped to UN Sustainable Development Goals")
public record AxisRepresentation(
        @Schema(example = "digital-inclusion", pattern = "[a-z0-9-]{2,64}")
        String slug,

        Text name,
        Text description,

        @Schema(
                type = SchemaType.ARRAY,
                implementation = Integer.class,
                description = "UN SDG numbers, 1 to 17",
                example = "[9, 10]")
        List<Integer> sdgs,

        int version,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy)
        implements ReadOnly {

    public static AxisRepresentation of(Axis a) {
        return new AxisRepresentation(
                a.slug(),
                Text.of(a.name()),
                Text.of(a.description()),
                a.sdgs(),
                a.version(),
                a.createdAt(),
                a.createdBy(),
                a.updatedAt(),
                a.updatedBy());
    }
}
