package network.twincities.practice.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import network.twincities.axis.entity.Axis;
import network.twincities.platform.json.ReadOnly;
import network.twincities.platform.text.Text;
import network.twincities.practice.entity.BestPractice;
import network.twincities.practice.entity.Outcome;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A best practice as the API shows it. */
@Schema(name = "BestPractice", description = "What a territory did that worked, shared for others to adopt")
public record BestPracticeRepresentation(
        @Schema(description = "Made by the server", readOnly = true, example = "0b5c7f1e-8f7a-4a59-9d63-3c1f2b7e1a40")
        String id,

        @Schema(description = "At least one language; at most 200 characters each")
        Text title,

        @Schema(description = "At most 2 000 characters per language")
        Text summary,

        @Schema(description = "At most 20 000 characters per language")
        Text description,

        @Schema(description = "Slug of the territory whose practice it is", example = "morocco")
        String territory,

        @Schema(
                type = SchemaType.ARRAY,
                implementation = String.class,
                description = "Slugs of cooperation axes",
                example = "[\"social-protection\"]")
        List<String> axes,

        @Schema(
                type = SchemaType.ARRAY,
                implementation = OutcomeRepresentation.class,
                description = "Reported outcomes, at most 50")
        List<OutcomeRepresentation> outcomes,

        @Schema(
                type = SchemaType.ARRAY,
                implementation = String.class,
                description = "Short labels, at most 20 of at most 40 characters each",
                example = "[\"health-insurance\"]")
        List<String> tags,

        int version,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy)
        implements ReadOnly {

    /** A reported outcome: an indicator, its value in a unit, and when it was measured. */
    @Schema(name = "Outcome")
    public record OutcomeRepresentation(
            @Schema(description = "What was measured, at most 200 characters", example = "people with health coverage")
            String indicator,

            @Schema(example = "10000000") BigDecimal value,

            @Schema(description = "At most 64 characters", example = "people")
            String unit,

            @Schema(
                    type = SchemaType.STRING,
                    format = "date",
                    description = "When it was measured or reported, if known",
                    example = "2024-05-23")
            LocalDate asOf) {

        static OutcomeRepresentation of(Outcome o) {
            return new OutcomeRepresentation(o.indicator(), plain(o.value()), o.unit(), o.asOf());
        }

        /** 10000000 rather than 1.0E7: the shortest decimal that is the value, without an exponent. */
        static BigDecimal plain(double value) {
            var decimal = BigDecimal.valueOf(value).stripTrailingZeros();
            return decimal.scale() < 0 ? decimal.setScale(0) : decimal;
        }
    }

    public static BestPracticeRepresentation of(BestPractice p) {
        return new BestPracticeRepresentation(
                p.uuid().toString(),
                Text.of(p.title()),
                Text.of(p.summary()),
                Text.of(p.description()),
                p.territory().slug(),
                p.axes().stream().map(Axis::slug).toList(),
                p.outcomes().stream().map(OutcomeRepresentation::of).toList(),
                p.tags(),
                p.version(),
                p.createdAt(),
                p.createdBy(),
                p.updatedAt(),
                p.updatedBy());
    }
}
