package network.twincities.event.boundary;

import java.time.Instant;
import java.time.LocalDate;
import network.twincities.event.entity.Event;
import network.twincities.platform.json.Input;
import network.twincities.platform.json.ReadOnly;
import network.twincities.platform.text.LocalizedText;
import network.twincities.platform.text.Text;
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

        @Schema(example = "2024-05-21") LocalDate from,
        @Schema(example = "2024-05-23") LocalDate to,
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

    /** The editable fields of a body; the city and organizer are slugs, resolved by the resource. */
    record Fields(
            LocalizedText name, LocalizedText theme, String city, String organizer, LocalDate from, LocalDate to) {
        static Fields read(Input in) {
            var fields = new Fields(
                    in.text("name", true, true, Input.NAME_MAX),
                    in.text("theme", false, false, Input.SUMMARY_MAX),
                    in.slug("city", true),
                    in.slug("organizer", false),
                    in.date("from", true),
                    in.date("to", true));
            if (fields.from() != null && fields.to() != null && fields.to().isBefore(fields.from())) {
                in.reject("to", "must not be before from");
            }
            return fields;
        }
    }
}
