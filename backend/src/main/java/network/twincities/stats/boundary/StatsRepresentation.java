package network.twincities.stats.boundary;

import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The network's figures, as the dashboard shows them. */
@Schema(name = "Stats", description = "The network's figures for the dashboard")
public record StatsRepresentation(
        ProjectFigures projects,

        @Schema(description = "The beneficiaries of all projects", example = "125000")
        long beneficiaries,

        @Schema(description = "MoUs in force (signed)", example = "1")
        long activeMous,

        @Schema(description = "Best practices shared", example = "4")
        long bestPractices,

        @Schema(description = "Adoptions planned, under way or done", example = "2")
        long adoptions) {

    /** Projects (not deleted), counted three ways. */
    @Schema(name = "ProjectFigures", description = "Projects counted by status, cooperation axis and territory")
    public record ProjectFigures(
            @Schema(
                    type = SchemaType.OBJECT,
                    additionalProperties = Long.class,
                    description = "status → projects",
                    example = "{\"ACTIVE\": 3, \"PROPOSED\": 2}")
            Map<String, Long> byStatus,

            @Schema(
                    type = SchemaType.OBJECT,
                    additionalProperties = Long.class,
                    description = "axis slug → projects serving it",
                    example = "{\"digital-inclusion\": 2}")
            Map<String, Long> byAxis,

            @Schema(
                    type = SchemaType.OBJECT,
                    additionalProperties = Long.class,
                    description = "territory slug → projects it leads or is a partner of",
                    example = "{\"rehamna\": 3}")
            Map<String, Long> byTerritory) {}
}
