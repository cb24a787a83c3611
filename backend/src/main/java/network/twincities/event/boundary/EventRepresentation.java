package network.twincities.event.boundary;

import java.time.Instant;
import java.time.LocalDate;
import network.twincities.event.entity.Event;
import network.twincities.platform.json.ReadOnly;
import network.twincities.platform.text.Text;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An event as the API shows it. */
@Schema(name = "Event", description = "Where MoUs are signed")
public record EventRepresentation(
        @Schema(example = "smart-city-expo-usa-2024", pattern = "[a-z0-9-]{2,64}")
        String slug,

        Text name,
        Text theme,

        @Schema(description = "Slug of the territory where it takes place", example = "new-york-city")
        String city,

        @Schema(description = "Slug of the organizing organization", example = "fira-barcelona")
        String organizer,

        @Schema(type = SchemaType.STRING, format = "date", example = "2024-05-21")
        LocalDate from,

        @Schema(type = SchemaType.STRING, format = "date", example = "2024-05-23")
        LocalDate to,

        int version,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy)
        implements ReadOnly {

    public static EventRepresentation of(Event e) {
        return new EventRepresentation(
                e.slug(),
                Text.of(e.name()),
                Text.of(e.theme()),
                e.city().slug(),
                e.organizer() == null ? null : e.organizer().slug(),
                e.from(),
                e.to(),
                e.version(),
                e.createdAt(),
                e.createdBy(),
                e.updatedAt(),
                e.updatedBy());
    }
}
